# Thin aliases over ./dev, which does the set-up itself.
.PHONY: run test bench package
run: ; ./dev run
test: ; ./dev test
bench: ; ./dev bench
package: ; ./dev package
