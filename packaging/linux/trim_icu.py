"""Shrink Qt's ICU data library (libicudata.so.NN, 31 MB) to what Qt and this app use (~5 MB).

    python packaging/linux/trim_icu.py SOURCE.so OUTPUT.so

QtCore calls ICU only for case mapping (data built into libicuuc), collation (QCollator),
time-zone IDs/names (QTimeZone) and legacy text codecs (QStringConverter by name). This keeps
the collation, time-zone and locale-fallback data (root, English, Chinese locales), the small
normalisation/property files and the converter alias table, and drops the rest: converter
tables (*.cnv), break iterators, transliterators, spell-out rules, and the currency, language,
region and unit display names of 800+ locales. Missing locales fall back to root, as ICU does
for any locale it lacks.

Needs `icupkg` (Debian: icu-devtools; any recent version reads the data container), a C
compiler and binutils. Exit 3 (output not written) when a tool is missing, so the caller can
keep the original library.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALES = re.compile(r"^(root|en|en_US|en_GB|en_001|en_150|zh(_\w+)?)\.res$")
KEEP_TOP = {
    "pool.res", "res_index.res", "supplementalData.res", "likelySubtags.res", "metadata.res",
    "metaZones.res", "timezoneTypes.res", "zoneinfo64.res", "windowsZones.res", "keyTypeData.res",
    "icustd.res", "icuver.res", "cnvalias.icu",
}  # fmt: skip
KEEP_TREES = {"coll", "zone"}  # per locale, like the top level


def keep(item: str) -> bool:
    parts = item.split("/")
    name = parts[-1]
    if len(parts) == 1:
        if name in KEEP_TOP or LOCALES.match(name):
            return True
        return name.endswith((".icu", ".nrm", ".cfu", ".spp")) and name != "unames.icu"
    if len(parts) == 2 and parts[0] in KEEP_TREES:
        return name in ("pool.res", "res_index.res", "ucadata.icu") or bool(LOCALES.match(name))
    return False


def _symbol(library: Path) -> tuple[str, int, int]:
    """Name, file offset and size of the icudtNN_dat symbol."""
    symbols = subprocess.run(["readelf", "--dyn-syms", "-W", str(library)], check=True, capture_output=True, text=True)
    match = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+_dat)\b", symbols.stdout
    )
    if match is None:
        raise SystemExit(f"trim_icu: no icudtNN_dat symbol in {library}")
    address, size, section_index, name = int(match.group(1), 16), int(match.group(2), 0), match.group(3), match.group(4)
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], check=True, capture_output=True, text=True)
    for line in sections.stdout.splitlines():
        fields = re.match(rf"\s*\[\s*{section_index}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if fields:
            return name, address - int(fields.group(1), 16) + int(fields.group(2), 16), size
    raise SystemExit(f"trim_icu: section {section_index} not found in {library}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, output = Path(argv[0]), Path(argv[1])
    missing = [tool for tool in ("icupkg", "readelf", "cc") if shutil.which(tool) is None]
    if missing:
        print(f"trim_icu: {', '.join(missing)} not found (Debian: icu-devtools, gcc, binutils)", file=sys.stderr)
        return 3
    soname_match = re.search(r"libicudata\.so\.\d+", source.name)
    soname = soname_match.group(0) if soname_match else source.name
    symbol, offset, size = _symbol(source)
    with tempfile.TemporaryDirectory(prefix="trim-icu-") as folder:
        work = Path(folder)
        full = work / f"{symbol[:-4]}l.dat"
        with source.open("rb") as library:
            library.seek(offset)
            full.write_bytes(library.read(size))
        listing = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True, text=True)
        items = listing.stdout.split()
        drop = [item for item in items if not keep(item)]
        (work / "drop.txt").write_text("\n".join(drop) + "\n", encoding="utf-8")
        small = work / "out" / full.name  # icupkg names the package (item prefix) after the file
        small.parent.mkdir()
        subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(full), str(small)], check=True)
        (work / "data.S").write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n.incbin "{small}"\n'
            f'.size {symbol}, .-{symbol}\n.section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        output.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(output), str(work / "data.S")],
            check=True,
        )
        print(
            f"trim_icu: {source.name} {source.stat().st_size / 2**20:.1f} MB -> {output.stat().st_size / 2**20:.1f} MB"
            f" (kept {len(items) - len(drop)} of {len(items)} data items)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
