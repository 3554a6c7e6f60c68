"""Documents filed with a household (一户一档): which kinds, which files, how large."""

from __future__ import annotations

from dibao_desk.domain.problems import Problem

# application form, ID card / 户口本 copies, income proofs, home-visit photos, signed forms, other
FILE_KINDS = ("application", "id_copy", "hukou_copy", "income_proof", "visit_photo", "signed_form", "other")

SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")

MAX_BYTES = 20 * 1024 * 1024  # a scanned 20-page form at 300 dpi fits; a phone video does not


# How each kind of file begins. A PDF may have a few bytes before "%PDF" (the format allows up
# to 1024); images are opened by their content, so a photo in either format may carry either suffix.
HEAD_BYTES = 1024
_PDF = (b"%PDF",)
_IMAGE = (b"\xff\xd8", b"\x89PNG")


def suffix_of(name: str) -> str:
    """A file name's suffix in lower case, with its dot: ".pdf" for "申请书.PDF" and for ".pdf"
    (a name that is only a suffix, which ``pathlib`` reads as a hidden file with none)."""
    return "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""


def content_fits(name: str, head: bytes) -> bool:
    """Whether a file's first ``HEAD_BYTES`` are what its suffix says: a PDF for .pdf, a JPEG or
    PNG for .jpg/.jpeg/.png. A program, a document or a web page renamed is not."""
    if suffix_of(name) == ".pdf":
        return _PDF[0] in head[:HEAD_BYTES]
    return head.startswith(_IMAGE)


def check(name: str, size: int, kind: str, pages: int) -> list[Problem]:
    """Problems of a file about to be filed (its name, size in bytes, kind and page count)."""
    problems = []
    if suffix_of(name) not in SUFFIXES:
        problems.append(Problem("household_file.type", "path", {"name": name}))
    if size > MAX_BYTES:
        problems.append(Problem("household_file.too_large", "path",
                                {"name": name, "size_mb": f"{size / 1048576:.1f}", "max_mb": MAX_BYTES // 1048576}))
    if size == 0:
        problems.append(Problem("household_file.empty", "path", {"name": name}))
    if kind not in FILE_KINDS:
        problems.append(Problem("household_file.kind", "kind", {"kind": kind}))
    if not 1 <= pages <= 999:
        problems.append(Problem("household_file.pages", "pages", {"pages": pages}))
    return problems
