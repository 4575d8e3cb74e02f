"""Command line (thin shell). STUB."""


def main(argv: list[str] | None = None) -> int:
    return 0
