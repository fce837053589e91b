"""Safety checks shared by the OOXML readers: sniffing, zip limits, and defused XML parts."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal, cast
from xml.parsers.expat import ExpatError, XMLParserType

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser
from defusedxml.ElementTree import fromstring as _defused_fromstring

from socproc.errors import CorruptFile, EncryptedFile, LimitExceeded, UnsupportedFormat
from socproc.model import Settings

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# An encrypted OOXML file is an OLE container holding these streams (MS-OFFCRYPTO).
ENCRYPTION_MARKERS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
# Ratios are only meaningful on parts big enough to hurt; tiny parts of repeated
# bytes legitimately compress very well.
RATIO_MIN_BYTES = 16 * 1024
PASSWORD_FIX = "remove the password (File > Info > Protect) and save again"
# What a damaged zip entry raises while it is read (bad CRC, bad deflate data, truncation).
# zipfile raises NotImplementedError for unknown compression methods or versions, and
# RuntimeError for encryption it cannot handle.
DAMAGE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)
# A part that tells what an OOXML package really is, whatever its name says.
MAIN_PARTS = {"xl/workbook.xml": "an Excel workbook", "word/document.xml": "a Word document"}

# What each office suffix is called and which application re-saves it.
_APP = {".xlsx": "Excel", ".xlsm": "Excel", ".docx": "Word", ".docm": "Word"}
_LEGACY_FIX = {
    "Excel": "save it as .xlsx (File > Save As > Excel Workbook)",
    "Word": "save it as .docx (File > Save As > Word Document)",
}


def resave_fix(path: Path) -> str:
    """The fix for a damaged file: re-save it in the application that owns its suffix."""
    app = _APP.get(path.suffix.lower(), "Excel/Word")
    return f"open and re-save it in {app}"


def sniff_ole(path: Path, head: bytes) -> None:
    """Raise the right error for an OLE/CFB container: encrypted Office file or legacy binary."""
    if not head.startswith(OLE_MAGIC):
        return
    data = path.read_bytes()
    if any(marker in data for marker in ENCRYPTION_MARKERS):
        raise EncryptedFile(str(path), "is password-protected", PASSWORD_FIX)
    app = _APP.get(path.suffix.lower(), "Excel")
    raise UnsupportedFormat(
        str(path), f"is a legacy binary {app} file, not {path.suffix or 'OOXML'}", _LEGACY_FIX[app]
    )


def check_plain_size(path: Path, settings: Settings) -> None:
    """A plain-text input (CSV, JSON) over the uncompressed-size limit is refused before reading."""
    size = path.stat().st_size
    if size > settings.max_uncompressed_bytes:
        raise LimitExceeded(
            str(path),
            f"is {size:,} bytes (limit {settings.max_uncompressed_bytes:,})",
            "split the file or raise max_uncompressed_bytes",
        )


def read_head(path: Path, size: int = 8) -> bytes:
    """The first bytes of a file; a missing or unreadable file is a CorruptFile."""
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except FileNotFoundError as exc:
        raise CorruptFile(str(path), "does not exist", "check the path") from exc
    except IsADirectoryError as exc:
        raise CorruptFile(str(path), "is a folder, not a file", "give a file") from exc
    except OSError as exc:
        raise CorruptFile(
            str(path), f"cannot be read ({exc.strerror})", "check its permissions"
        ) from exc


def open_package(path: Path, settings: Settings) -> zipfile.ZipFile:
    """Open an OOXML zip after sniffing it and checking every entry against the limits."""
    head = read_head(path)
    if not head:
        raise CorruptFile(str(path), "is empty (0 bytes)", resave_fix(path))
    sniff_ole(path, head)
    if not head.startswith(ZIP_MAGIC):
        raise CorruptFile(str(path), "is not an Office Open XML (zip) file", resave_fix(path))
    try:
        package: zipfile.ZipFile = GuardedZip(path, settings)
        infos = package.infolist()
    except (*DAMAGE, zipfile.LargeZipFile) as exc:
        raise CorruptFile(
            str(path), f"is a damaged or truncated zip ({exc})", resave_fix(path)
        ) from exc
    try:
        check_entries(path, infos, settings, package)
    except BaseException:
        package.close()
        raise
    return package


def check_entries(
    path: Path, infos: list[zipfile.ZipInfo], settings: Settings, package: zipfile.ZipFile
) -> None:
    """Refuse zip bombs before any byte is decompressed.

    The declared compressed size is not trusted: an entry's compressed bytes can only be
    the ones between its header and the next (538 KB declared as 883 MB passed before).
    Entries sharing their bytes (overlapping entries, a zip-bomb technique) are refused.
    """
    total = 0
    spans = real_spans(infos, central_directory(package))
    for info in infos:
        if info.flag_bits & 0x1:
            raise EncryptedFile(
                str(path), f"has an encrypted zip entry {info.filename}", PASSWORD_FIX
            )
        total += info.file_size
        if total > settings.max_uncompressed_bytes:
            raise LimitExceeded(
                str(path),
                f"unpacks to more than {settings.max_uncompressed_bytes:,} bytes (at entry {info.filename})",
                "split the file or raise max_uncompressed_bytes",
            )
        span = spans.get(info.header_offset, 0)
        if span < 0:
            raise LimitExceeded(
                str(path),
                f"entry {info.filename} shares its bytes with another entry: looks like a zip bomb",
                "re-save the file from its application",
            )
        if info.file_size >= RATIO_MIN_BYTES:
            ratio = info.file_size / max(min(info.compress_size, span), 1)
            if ratio > settings.max_compression_ratio:
                raise _ratio_error(path, info.filename, ratio, settings)


def real_spans(infos: list[zipfile.ZipInfo], end: int) -> dict[int, int]:
    """Header offset → bytes up to the next entry's header or `end` (where the central
    directory starts): the most its data can take; -1 for an offset two entries claim."""
    offsets = sorted(info.header_offset for info in infos)
    spans: dict[int, int] = {}
    for here, following in zip(offsets, [*offsets[1:], None], strict=True):
        if here in spans:
            spans[here] = -1
        elif following is None:
            spans[here] = max(end - here, 0)
        else:
            spans[here] = following - here
    return spans


def central_directory(package: zipfile.ZipFile) -> int:
    """Where the zip's central directory starts: no entry's data reaches past it."""
    start = getattr(package, "start_dir", None)
    if isinstance(start, int) and start > 0:
        return start
    return Path(package.filename or "").stat().st_size if package.filename else 1 << 62


def _ratio_error(path: Path, name: str, ratio: float, settings: Settings) -> LimitExceeded:
    return LimitExceeded(
        str(path),
        f"entry {name} expands {ratio:,.0f}x (limit {settings.max_compression_ratio:g}x): looks like a zip bomb",
        "re-save the file from its application or raise max_compression_ratio",
    )


class GuardedZip(zipfile.ZipFile):
    """A zip whose entries are counted as they inflate: every part stops at its ratio limit
    against its real compressed bytes, and the file stops at max_uncompressed_bytes in all
    (a part read twice counts once)."""

    def __init__(self, path: Path, settings: Settings) -> None:
        super().__init__(path)
        self.path = Path(path)
        self.settings = settings
        self.inflated: dict[str, int] = {}  # part → most bytes inflated from it so far
        self.total = 0
        self.spans = real_spans(self.infolist(), central_directory(self))
        self.archive_size = self.path.stat().st_size

    def open(
        self,
        name: str | zipfile.ZipInfo,
        mode: Literal["r", "w"] = "r",
        pwd: bytes | None = None,
        **kw: Any,
    ) -> IO[bytes]:
        fh = super().open(name, mode, pwd, **kw)
        if mode != "r":
            return fh
        info = name if isinstance(name, zipfile.ZipInfo) else self.getinfo(name)
        span = self.spans.get(info.header_offset, self.archive_size)
        real = max(min(info.compress_size, span, self.archive_size), 1)
        limit = max(int(real * self.settings.max_compression_ratio), RATIO_MIN_BYTES)
        return cast(IO[bytes], _CountedPart(fh, self, info.filename, limit))

    def spend(self, name: str, position: int, limit: int) -> None:
        """Note that `position` bytes of part `name` have been inflated; refuse past a limit."""
        high = self.inflated.get(name, 0)
        if position > high:
            self.total += position - high
            self.inflated[name] = position
        if position > limit:
            raise _ratio_error(
                self.path,
                name,
                position / max(limit, 1) * self.settings.max_compression_ratio,
                self.settings,
            )
        if self.total > self.settings.max_uncompressed_bytes:
            raise LimitExceeded(
                str(self.path),
                f"unpacks to more than {self.settings.max_uncompressed_bytes:,} bytes (at entry {name})",
                "split the file or raise max_uncompressed_bytes",
            )


class _CountedPart(io.BufferedIOBase):
    """A part's stream that reports every byte it inflates to its GuardedZip."""

    CHUNK = 1 << 20

    def __init__(self, raw: IO[bytes], package: GuardedZip, name: str, limit: int) -> None:
        super().__init__()
        self.raw = raw
        self.package = package
        self.name = name
        self.limit = limit
        self.position = 0

    def readable(self) -> bool:
        return True

    def _count(self, n: int) -> None:
        self.position += n
        self.package.spend(self.name, self.position, self.limit)

    def read(self, size: int | None = -1) -> bytes:
        if size is not None and size >= 0:
            data = self.raw.read(size)
            self._count(len(data))
            return data
        chunks = []
        while chunk := self.raw.read(self.CHUNK):  # in steps, so a bomb stops at its limit
            self._count(len(chunk))
            chunks.append(chunk)
        return b"".join(chunks)

    def read1(self, size: int = -1) -> bytes:
        return self.read(size if size >= 0 else self.CHUNK)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


def open_part(package: zipfile.ZipFile, name: str, path: Path) -> IO[bytes]:
    """A part of the package as a stream; a missing part is a CorruptFile."""
    try:
        return package.open(name)
    except KeyError as exc:
        raise CorruptFile(str(path), f"has no part {name}", resave_fix(path)) from exc
    except DAMAGE as exc:
        raise CorruptFile(str(path), f"part {name} is damaged ({exc})", resave_fix(path)) from exc


def check_kind(package: zipfile.ZipFile, path: Path, main_part: str) -> None:
    """Refuse a package whose main part is missing or another application's (.docx renamed .xlsx)."""
    if has_part(package, main_part):
        return
    for part, kind in MAIN_PARTS.items():
        if part != main_part and has_part(package, part):
            suffix = ".xlsx" if part.startswith("xl/") else ".docx"
            raise CorruptFile(str(path), f"is {kind} named {path.suffix}", f"rename it to {suffix}")
    raise CorruptFile(
        str(path), f"is not {MAIN_PARTS[main_part]} (it has no {main_part})", resave_fix(path)
    )


def has_part(package: zipfile.ZipFile, name: str) -> bool:
    """Whether the package holds a part by this exact name."""
    try:
        package.getinfo(name)
    except KeyError:
        return False
    return True


def parse_part(package: zipfile.ZipFile, name: str, path: Path) -> Any:
    """A small XML part parsed whole, with DTDs and entities forbidden."""
    with open_part(package, name, path) as fh:
        data = read_all(fh, name, path)
    with xml_errors(path, name):
        return _defused_fromstring(data, forbid_dtd=True)


def read_all(fh: IO[bytes], name: str, path: Path) -> bytes:
    """Read a part fully, turning zip damage (bad CRC, truncation) into a CorruptFile."""
    try:
        return fh.read()
    except DAMAGE as exc:
        raise CorruptFile(str(path), f"part {name} is damaged ({exc})", resave_fix(path)) from exc


def stream_part(
    package: zipfile.ZipFile,
    name: str,
    path: Path,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    data: Callable[[str], None],
) -> None:
    """SAX-style pass over a big part: element names arrive as 'namespace}local'.

    defusedxml's parser is kept for its DTD/entity/external-reference guards, but our
    handlers are put straight on its expat object: the pure-Python element layer
    in between costs about 4x on sheet XML.
    """
    parser = defused_expat()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    with open_part(package, name, path) as fh, xml_errors(path, name):
        feed(parser, fh)


# expat (2.5) re-scans an unfinished token from its start each time more input arrives:
# fed in fixed 64 KB pieces, one 20 MB comment or attribute took 30 s. Feeding pieces that
# double while a token stays open keeps the re-scanning linear.
FIRST_PIECE = 1 << 16
LARGEST_PIECE = 1 << 26


def feed(parser: XMLParserType, fh: IO[bytes]) -> None:
    """Parse the stream `fh` to its end, in pieces that grow while a token stays unfinished."""
    piece = FIRST_PIECE
    fed = 0
    while data := fh.read(piece):
        parser.Parse(data, False)
        fed += len(data)
        # CurrentByteIndex stays at the start of an unfinished token between calls.
        if fed - max(parser.CurrentByteIndex, 0) > piece // 2:
            piece = min(piece * 2, LARGEST_PIECE)
    parser.Parse(b"", True)


def scan_xml_parts(package: zipfile.ZipFile, path: Path) -> None:
    """Parse every XML part once with the defused parser, for readers whose own parser is not.

    Parts are recognised by content, not name: a package may declare any part name as XML.
    """
    for info in package.infolist():
        if info.is_dir():
            continue
        with open_part(package, info.filename, path) as fh:
            head = _first_bytes(fh, info.filename, path)
        if not _looks_like_xml(head):
            continue
        parser = defused_expat()
        with open_part(package, info.filename, path) as fh, xml_errors(path, info.filename):
            feed(parser, fh)


def verify_parts(package: zipfile.ZipFile, path: Path, done: set[str]) -> None:
    """Decompress every entry not in `done` to check its CRC: a damaged part the reader skips
    (a theme, an image) must fail here, naming the input, not later in the filled copy."""
    for info in package.infolist():
        if info.is_dir() or info.filename in done:
            continue
        with open_part(package, info.filename, path) as fh:
            while read_head_of(fh, info.filename, path, 1 << 20):
                pass


def read_head_of(fh: IO[bytes], name: str, path: Path, size: int = 64) -> bytes:
    """The first bytes of a part; damage is a CorruptFile."""
    try:
        return fh.read(size)
    except DAMAGE as exc:
        raise CorruptFile(str(path), f"part {name} is damaged ({exc})", resave_fix(path)) from exc


# What may come before the first "<" of an XML part: BOMs, whitespace, and the NULs of UTF-16.
_XML_LEAD = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"


def _first_bytes(fh: IO[bytes], name: str, path: Path) -> bytes:
    """The part's bytes up to its first significant one: XML may open with any amount of
    whitespace, and a guard that looked at a fixed-size head could be padded past."""
    head = b""
    while True:
        chunk = read_head_of(fh, name, path, 1 << 16)
        head = (head + chunk).lstrip(_XML_LEAD)
        if head or not chunk:
            return head[:64]


def _looks_like_xml(head: bytes) -> bool:
    # UTF-16 XML (with or without BOM) starts with "<" once BOMs and NULs are stripped.
    return head.lstrip(_XML_LEAD).startswith(b"<")


def defused_expat() -> XMLParserType:
    """An expat parser that refuses DTDs, entity declarations and external references."""
    parser: XMLParserType = DefusedXMLParser(forbid_dtd=True).parser
    # Drop the element-tree callbacks: callers install their own or none at all.
    parser.StartElementHandler = None
    parser.EndElementHandler = None
    parser.CharacterDataHandler = None
    # ElementTree's default handler would take "&lt;" for an undefined entity whenever no
    # data handler is set; without it expat resolves the predefined entities itself and
    # still rejects undefined ones.
    parser.DefaultHandlerExpand = None
    parser.ordered_attributes = False
    parser.buffer_size = 1 << 16
    return parser


@contextmanager
def xml_errors(path: Path, name: str) -> Iterator[None]:
    """Turn XML, DTD/entity and zip errors raised while parsing a part into one-line errors."""
    try:
        yield
    except DefusedXmlException as exc:
        raise CorruptFile(
            str(path),
            f"part {name} declares a DTD or entities (possible XXE / entity bomb)",
            resave_fix(path),
        ) from exc
    except (SyntaxError, ExpatError) as exc:  # ElementTree.ParseError is a SyntaxError
        raise CorruptFile(
            str(path), f"part {name} is not valid XML ({exc})", resave_fix(path)
        ) from exc
    except DAMAGE as exc:
        raise CorruptFile(str(path), f"part {name} is damaged ({exc})", resave_fix(path)) from exc


def local(tag: str) -> str:
    """An element's name without its namespace: strict and transitional OOXML read the same."""
    return tag.rpartition("}")[2]
