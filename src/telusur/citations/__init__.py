"""Author-year citations: in-text citations, reference-list entries, linking them, and the registry of works."""

# Bumped when parsing or linking changes, so that indexes built with the older rules are rebuilt.
CITATIONS_VERSION = "67"  # 67: "(X, 2017; h. 80)": a semicolon before the page; a stray comma before ")"; 66: an IEEE book entry, its title unquoted before "Place: Publisher, Year"; 65: a site by its address where the author stands, "(https://kbbi.web.id/belajar, 2020)", subdomains; 64: a school year written short, "(Santoso, 2010/11)"; an entry's bare "2010/2011."; 63: no date written short or in Latin: "(n.d)", "(tt)", "nd", "s.a.", a narrative "(tanpa tahun)"; 62: "Sumber: BPS (2020)" after a caption or sentence on the same line; 61: "Statistik Indonesia (2021)": a yearbook by its kind and one word; 60: "(Sudjana, Nana, 2010)": a family name then a given name is one author; 59: IEEE "[1, p. 12]", "[1; 3]"; 58: a whole entry on a "Sumber:" line; 57: a pandoc key in a note; 56: "KJ Holsti (1988)"; 55: a work cited by its title's initials links ("KBBI"); 54: a page after the parenthesis, "Hal: 12"; 53: a parenthesis as typed ("(X, 2019]", "X, 2019).", full width); 52: a study's own data where an author stands ("(Observasi, 2020)"); 51: a Chicago note's bare page; 50: an entry's title before its year, "[2008]"; 49: "(X, R, 2005)", "hh.", works parted by a full stop; 48: "et al.'s (2019)", "According to WHO (2018)"; 47: titles and degrees in an entry; 46: a year-last entry run on after a whole entry; 45: "Menurut X “...” (2019: 12)", "(X, Tahun 2019)", "dikemukakan oleh X pada tahun Y"; 44: pandoc citation keys ("[@santoso2019, hlm. 12]"); 43: a report by its title ("Profil Kesehatan Indonesia (2019)"); 42: a publisher is never the author ("(Alfabeta, 2017)"); 41: a year OCR split with a space ("20 15"); 40: a running footer in a reference list; 39: "Smith and colleagues (2019)", "Following"; 38: "hasil survei PISA (2018)"; 37: "[1]–[3]"; 36: a publisher after the author the list holds; 35: a term's year inside a sentence stays its own; "aplikasi Quizizz"; "Santoso dkk. menemukan"; 34: an author named without his year in the sentence takes a term's year; "menemukan"; 33: the writer's year after a law, event or numbered name; 32: the writer's year after an acronym term; 31: "World Health Organization/WHO (2018)" in running text; 30: "sebagaimana dijelaskan dalam", "mengutip pendapat", "merujuk"; 29: "However, Santoso (2019)"; 28: earlier studies' tables with an author column holding the year; 27: a listed name and year with no parenthesis; 26: lettered entries, a page number between entries; 25: more years kept from the author named before; 24: a named thing's year goes to no author named before; 23: "(World Health Organization/WHO, 2018)", "Menurut Tim Penyusun Kamus Pusat Bahasa (2008)"; 22: a book's place and publisher after its title; 21: "Berdasarkan WHO (2018)"; 20: a name hyphenated at a line end ("Sardi-man (2014)"); 19: "[1]." entries, IEEE book surnames, Markdown ditto lines; 18: secondary citations with "cit." and "mengutip"; 17: a year on a caption or source line takes no author from above; 16: "Penelitian yang dilakukan oleh X pada tahun Y"; 15: "Kirk (1979) dalam buku Wijaya (2015)"; 14: an event held or a tool put to use before a year names no author; 13: more reference-list headings (structure.REFERENCE_HEADING); 12: this round's in-text, list and registry kinds (one passage per chunk, offices, companies, Vancouver "(1)", editions)

from importlib import import_module

# name -> module: loaded on first use, so opening an index and answering (model.py only) compile no parsing rules
_EXPORTS = {"Citation": "model", "find_citations": "intext",
            "Reference": "model", "looks_like_entry": "references", "parse_reference": "references",
            "reference_entries": "references",
            "CheckReport": "registry", "CitingPassage": "model", "Work": "model", "build_registry": "registry",
            "check_report": "registry"}
__all__ = ["CITATIONS_VERSION", *_EXPORTS]


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value
