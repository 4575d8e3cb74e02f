"""consolidate: per-article mentions -> one record per real thing, each citing every source.

Rules (what counts as "the same thing"):

- actors: the same kind and the same ASCII-folded, case-folded name (`Çelik` = `Celik`); a person
  whose name tokens are a subset of exactly one longer person's name with the same surname is that
  person (`Ali Celik` -> `Mehmet Ali Çelik`); never across kinds. The canonical name is the
  most complete form, preferring the one with diacritics.
- places: the same folded name, or a curated alias.
- agreements: the same name with compatible dates, or the same type (ceasefire, accord) signed on the
  same or an adjacent day by overlapping parties. The date is the one most sources state.
- events: the same date with similar titles or the same agreement; adjacent days only with very
  similar titles or the same agreement. Different dates are different events.
- quotes: the same words (equal, one containing the other, nearly equal, or a long shared passage)
  from compatible speakers.

Records carry `merged_because` when mentions of different forms or sources were merged. Ids derive
from content only, and every list is sorted, so two runs (in any input order) give equal dossiers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz import fuzz

from build_dossier import edtf
from build_dossier.curate import Knowledge
from build_dossier.models import (
    Article,
    Dossier,
    Extraction,
    Sentence,
)
from build_dossier.slugs import date_prefix, fold, short_hash, slugify
from build_dossier.vocab import agreements as AV
from build_dossier.vocab import consolidate as vocab
from build_dossier.vocab import geo


def _non_ascii(text: str) -> int:
    return sum(1 for c in text if ord(c) > 127)


def _sorted_names(names: Iterable[str]) -> list[str]:
    return sorted(set(names), key=lambda s: (s.casefold(), s))


class _UnionFind:
    """Connected components over indices; the result does not depend on the order of unions."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.reasons: dict[int, set[str]] = defaultdict(set)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = min(ra, rb), max(ra, rb)
            self.parent[hi] = lo
            self.reasons[lo] |= self.reasons.pop(hi, set())
            ra = lo
        self.reasons[ra].add(reason)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())

    def why(self, members: list[int]) -> list[str]:
        return sorted(self.reasons.get(self.find(members[0]), set())) if len(members) > 1 else []


def _unique_id(base: str, taken: set[str], *fallbacks: str) -> str:
    """`base`, else the first free `base-<fallback>`, else `base-<hash>`; the id is added to `taken`."""
    candidates = [base, *(f"{base}-{slugify(f)}" for f in fallbacks if f)]
    for c in candidates:
        if c not in taken:
            taken.add(c)
            return c
    n = 0
    while (c := f"{base}-{short_hash(base + '|'.join(fallbacks) + str(n))}") in taken:
        n += 1
    taken.add(c)
    return c


def _most_common(values: Iterable, key: Callable = lambda v: v):
    """The most frequent value; ties broken by `key` (smallest wins). None for no values."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], key(v)))


def _told_apart(a: dict, b: dict) -> bool:
    """Two events of one article with the same parties, roles swapped (`A handed over maps to B`, `B handed
    over detainees to A`): the extract stage kept them apart, a similar title does not join them."""
    return (
        a["source"] == b["source"]
        and len(a["actors"]) >= 2
        and a["actors"] == b["actors"]
        and a["subject"] != b["subject"]
    )


def _day(value: str | None) -> dt.date | None:
    if value and edtf.is_valid(value) and edtf.precision(value) == "day":
        return dt.date.fromisoformat(value)
    return None


def _days_apart(a: str | None, b: str | None) -> int | None:
    """Distance in days of two day-precision dates, else None."""
    da, db = _day(a), _day(b)
    return abs((da - db).days) if da and db else None


def _dates_compatible(a: str | None, b: str | None) -> bool:
    """Unknown, equal, within a day, or one a less precise form of the other (2020-11 vs 2020-11-10)."""
    if not a or not b or a == b:
        return True
    apart = _days_apart(a, b)
    if apart is not None:
        return apart <= 1
    if "/" in a or "/" in b:
        return False
    return a.startswith(b) or b.startswith(a)


def _citation(source: str, sentence: Sentence, text: str | None = None) -> dict:
    return {"source": source, "text": (text or sentence.text).strip(), "line": sentence.line}


def _sorted_citations(cites: Iterable[dict]) -> list[dict]:
    unique = {(c["source"], c["line"], c["text"], c.get("quote", "")): c for c in cites}
    return [unique[k] for k in sorted(unique)]


# ---------------------------------------------------------------- sources


def fallback_title(article: Article, limit: int = 90) -> str:
    """For an article without a headline: its first sentence, cut at a word boundary."""
    first = next((s.text for s in article.sentences if s.text.strip()), "")
    first = " ".join(first.split())
    if not first:
        return article.id
    if len(first) <= limit:
        return first.rstrip(".")
    return first[: first.rfind(" ", 0, limit)].rstrip(",;:") + "…"


def source_record(article: Article) -> dict:
    """The sources.yaml record of one article (metadata with provenance, body, furniture)."""
    meta = {k: getattr(article, k) for k in ("title", "outlet", "author", "published", "url")}
    provenance = {k: v.origin for k, v in meta.items()}
    title = article.title.value
    if not title:
        title = fallback_title(article)
        provenance["title"] = "inferred"
    return {
        "id": article.id,
        "file": article.path,
        "sha256": article.sha256,
        "title": title,
        "outlet": article.outlet.value,
        "author": article.author.value,
        "published": article.published.value,
        "published_from": article.published.origin if article.published.value else None,
        "url": article.url.value,
        "encoding": article.encoding,
        "provenance": provenance,
        "body": [{"text": p.text, "heading": p.heading, "line": p.line} for p in article.paragraphs],
        "furniture": [{"line": f.line, "text": f.text, "reason": f.reason} for f in article.furniture],
    }


# ---------------------------------------------------------------- actors


class _Actors:
    """Actor groups and the name -> id index used to resolve references."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.known: dict[str, tuple[str, str]] = {}
        for k in knowledge.actors:
            for form in (k.name, *k.aliases):
                self.known.setdefault(fold(form), (k.kind, k.name))
        self.known_country = {fold(k.name): k.country for k in knowledge.actors if k.country}
        # group key (kind, folded name) -> collected data
        self.groups: dict[tuple[str, str], dict] = {}
        self.index: dict[str, set[str]] = defaultdict(set)
        self.records: dict[str, dict] = {}

    def add(
        self,
        *,
        name: str,
        kind: str,
        source: str,
        surface: str | None = None,
        role: str | None = None,
        country: str | None = None,
        count: bool = True,
    ) -> None:
        name = " ".join(name.split())
        if not fold(name):
            return
        reason = None
        known = self.known.get(fold(name))
        if known and known[0] == kind and fold(known[1]) != fold(name):
            name, reason = known[1], "curated alias"
        g = self.groups.setdefault(
            (kind, fold(name)),
            {
                "forms": Counter(),
                "surfaces": set(),
                "roles": Counter(),
                "countries": Counter(),
                "sources": set(),
                "mentions": 0,
                "why": set(),
            },
        )
        g["forms"][name] += 1
        if surface:
            g["surfaces"].add(" ".join(surface.split()))
        if reason:
            g["why"].add(reason)
        if role and role.strip():
            g["roles"][" ".join(role.split())] += 1
        if country and country.strip():
            g["countries"][" ".join(country.split())] += 1
        g["sources"].add(source)
        g["mentions"] += 1 if count else 0

    def _merge_surname_subsets(self) -> dict[tuple[str, str], tuple[str, str]]:
        """Map a short person name to the unique longer person name with the same surname."""
        people = [key for key in self.groups if key[0] == "person"]
        tokens = {key: set(key[1].split()) for key in people}
        into = {}
        for a in people:
            last = a[1].split()[-1]
            cands = [b for b in people if b != a and tokens[a] < tokens[b] and b[1].split()[-1] == last]
            maximal = [b for b in cands if not any(tokens[b] < tokens[c] for c in cands)]
            if len(maximal) == 1:
                into[a] = maximal[0]
        return into

    def build(self) -> None:
        """Merge groups, create missing country actors, pick canonical names and ids."""
        into = self._merge_surname_subsets()
        merged: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for key in self.groups:
            merged[into.get(key, key)].append(key)
        # countries named by people but not mentioned as actors become actors
        country_names: Counter = Counter()
        for g in self.groups.values():
            country_names.update(g["countries"])
        for key in list(merged):
            known_country = self.known_country.get(key[1])
            if known_country:
                country_names[known_country] += 0
        for cname in sorted(country_names):
            k = self.known.get(fold(cname))
            cname2 = k[1] if k and k[0] == "country" else cname
            if ("country", fold(cname2)) not in self.groups:
                srcs = set()
                for g in self.groups.values():
                    if cname in g["countries"]:
                        srcs |= g["sources"]
                self.groups[("country", fold(cname2))] = {
                    "forms": Counter({cname2: 0}),
                    "surfaces": set(),
                    "roles": Counter(),
                    "countries": Counter(),
                    "sources": srcs,
                    "mentions": 0,
                    "why": set(),
                }
                merged[("country", fold(cname2))] = [("country", fold(cname2))]
        taken: set[str] = set()
        pending = []
        for head in sorted(merged):
            keys = sorted(merged[head])
            gs = [self.groups[k] for k in keys]
            forms: Counter = Counter()
            for g in gs:
                forms.update(g["forms"])
            canonical = max(
                forms, key=lambda f: (len(fold(f).split()), len(fold(f)), _non_ascii(f), forms[f], f)
            )
            why = set().union(*(g["why"] for g in gs))
            if len({fold(f) for f in forms}) > 1 and len(keys) > 1:
                why.add("name is part of the longer name with the same surname")
            if len(set(forms)) > 1 and len({fold(f) for f in forms}) < len(set(forms)):
                why.add("same name ignoring accents and case")
            canon_tokens = set(fold(canonical).split())
            aliases = {f for f in forms if f != canonical}
            for g in gs:
                aliases |= {
                    s
                    for s in g["surfaces"]
                    if s != canonical and s[:1].isupper() and set(fold(s).split()) <= canon_tokens and fold(s)
                }
                if head[0] == "country":
                    # another spelling of the country's own name (`Türkiye`, `Republic of Armenia`)
                    aliases |= {
                        n
                        for s in g["surfaces"]
                        if (n := re.sub(r"^The\s+|['’]s$", "", s)) != canonical
                        and n[:1].isupper()
                        and geo.is_country(n) == geo.is_country(canonical)
                    }
                if head[0] == "organization" and canonical.endswith(")"):
                    # a normalised name (`Ministry of Defence (Turkey)`): keep how the articles wrote it
                    aliases |= {
                        re.sub(r"^The\s+|['’]s$", "", s)
                        for s in g["surfaces"]
                        if s[:1].isupper() and s.split()[0] not in ("He", "She", "It", "They")
                    } - {canonical}
            roles: Counter = Counter()
            countries: Counter = Counter()
            for g in gs:
                roles.update(g["roles"])
                countries.update(g["countries"])
            role_forms: dict[str, str] = {}
            for r in sorted(roles, key=lambda r: (-roles[r], r)):
                role_forms.setdefault(r.casefold(), r)
            country = _most_common(countries.elements(), key=lambda c: c) or self.known_country.get(
                fold(canonical)
            )
            record = {
                "id": "",
                "name": canonical,
                "kind": head[0],
                "aliases": _sorted_names(aliases),
                "country": None,
                "roles": _sorted_names(role_forms.values()),
                "sources": sorted(set().union(*(g["sources"] for g in gs))),
                "mentions": sum(g["mentions"] for g in gs),
            }
            if why:
                record["merged_because"] = sorted(why)
            pending.append((slugify(canonical), head[0], canonical, record, country, forms))
        for base, kind, _canonical, record, _, forms in sorted(pending, key=lambda p: (p[0], p[1], p[2])):
            record["id"] = _unique_id(base, taken, kind)
            self.records[record["id"]] = record
            for form in (*forms, *record["aliases"]):
                self.index[fold(form)].add(record["id"])
        for *_, record, country, _ in pending:
            if country and record["kind"] != "country":
                record["country"] = self.resolve(country, prefer=("country",))

    def resolve(
        self, name: str | None, prefer: Sequence[str] = ("person", "organization", "country")
    ) -> str | None:
        """The actor id a name refers to, or None."""
        if not name or not fold(name):
            return None
        key = fold(name)
        known = self.known.get(key)
        ids = self.index.get(key) or (self.index.get(fold(known[1])) if known else None)
        if ids:
            return min(ids, key=lambda i: (_rank(self.records[i]["kind"], prefer), i))
        tokens = set(key.split())
        last = key.split()[-1]
        people = [
            r["id"]
            for r in self.records.values()
            if r["kind"] == "person"
            and tokens < set(fold(r["name"]).split())
            and fold(r["name"]).split()[-1] == last
        ]
        return people[0] if len(people) == 1 else None


def _rank(kind: str, prefer: Sequence[str]) -> int:
    return prefer.index(kind) if kind in prefer else len(prefer)


def _guess_speaker_kind(name: str) -> str:
    words = set(fold(name).split())
    return "organization" if words & vocab.ORGANIZATION_WORDS else "person"


# ---------------------------------------------------------------- places


def _places(extractions: Sequence[Extraction], knowledge: Knowledge) -> tuple[list[dict], Callable]:
    known = {}
    for k in knowledge.places:
        for form in (k.name, *k.aliases):
            known.setdefault(fold(form), k.name)
    groups: dict[str, dict] = {}
    for ex in extractions:
        for m in ex.places:
            name = " ".join(m.name.split())
            if not fold(name):
                continue
            why = set()
            if fold(name) in known and fold(known[fold(name)]) != fold(name):
                name = known[fold(name)]
                why.add("curated alias")
            g = groups.setdefault(
                fold(name),
                {"forms": Counter(), "surfaces": set(), "sources": set(), "mentions": 0, "why": set()},
            )
            g["forms"][name] += 1
            g["surfaces"].add(" ".join(m.surface.split()))
            g["sources"].add(ex.article.id)
            g["mentions"] += 1
            g["why"] |= why
    records, index, taken = [], {}, set()
    for key in sorted(groups):
        g = groups[key]
        curated = known.get(key)
        forms = g["forms"]
        canonical = curated if curated in forms else max(forms, key=lambda f: (_non_ascii(f), forms[f], f))
        # a form that differs only in case (`BAKU` of a dateline) is no alias
        aliases = {f for f in forms if f.casefold() != canonical.casefold()}
        aliases |= {
            s
            for s in g["surfaces"]
            if s.casefold() != canonical.casefold()
            and s[:1].isupper()
            and (
                fold(s) in {fold(f) for f in forms}
                or known.get(fold(s)) == canonical
                or geo.is_country(s) == canonical  # `Türkiye` is another name of the country `Turkey`
            )
        }
        why = set(g["why"])
        if len(forms) > 1 and len({fold(f) for f in forms}) < len(forms):
            why.add("same name ignoring accents and case")
        rec = {
            "id": _unique_id(slugify(canonical), taken),
            "name": canonical,
            "aliases": _sorted_names(aliases),
            "sources": sorted(g["sources"]),
            "mentions": g["mentions"],
        }
        if why:
            rec["merged_because"] = sorted(why)
        records.append(rec)
        for form in (*forms, *rec["aliases"]):
            index[fold(form)] = rec["id"]

    def resolve(name: str) -> str | None:
        key = fold(name)
        return index.get(key) or (index.get(fold(known[key])) if key in known else None)

    return records, resolve


# ---------------------------------------------------------------- agreements


def _agreement_types(text: str) -> frozenset[str]:
    low = " " + text.lower() + " "
    return frozenset(t for t, words in vocab.AGREEMENT_TYPES.items() if any(w in low for w in words))


_DESCRIBED = re.compile(
    r"(?:"
    + "|".join(re.escape(label) for label, _t in AV.KINDS)
    + r"|agreement|protocol|treaty|accord|pact|[\w\-]+\s+agreements)"
    r"(?:\s+of\s+.*\d{4}|\s+between\s+.*)?",
    re.IGNORECASE,
)


def _described(name: str) -> bool:
    """`Trilateral statement of 9 November 2020`, `Ceasefire agreement`: a name the extractor made from a
    description (see extract/agreements.py), not a proper name (`Kora Declaration`). Two proper names are
    two agreements even when signed the same day."""
    return _DESCRIBED.fullmatch(name.strip()) is not None


def _agreements(extractions: Sequence[Extraction], knowledge: Knowledge, actors: _Actors):
    known = {}
    for k in knowledge.agreements:
        for form in (k.name, *k.aliases):
            known.setdefault(fold(form), k)
    items = []
    for ex in extractions:
        for m in ex.agreements:
            name = " ".join(m.name.split())
            if not fold(name):
                continue
            k = known.get(fold(name))
            items.append(
                {
                    "name": k.name if k else name,
                    "form": name,
                    "curated": bool(k) and fold(k.name) != fold(name),
                    # an undated mention of a known agreement takes the curator's date
                    "date": m.date if m.date and edtf.is_valid(m.date) else (k.date if k else None),
                    "types": _agreement_types(f"{name} {m.surface}"),
                    "surface": " ".join(m.surface.split()),
                    "parties": {
                        p
                        for p in (
                            actors.resolve(x, prefer=("country", "organization", "person")) for x in m.parties
                        )
                        if p
                    },
                    "source": ex.article.id,
                    "cite": _citation(ex.article.id, m.sentence),
                }
            )
    items.sort(key=lambda i: (fold(i["name"]), i["date"] or "", i["source"], i["cite"]["line"], i["form"]))
    uf = _UnionFind(len(items))
    dated = [i for i, it in enumerate(items) if it["date"]]
    for x in dated:
        for y in dated:
            if y <= x:
                continue
            a, b = items[x], items[y]
            if fold(a["name"]) == fold(b["name"]) and _dates_compatible(a["date"], b["date"]):
                uf.union(x, y, "same name")
            elif (
                a["types"] & b["types"]
                and (_described(a["name"]) or _described(b["name"]))
                and (_days_apart(a["date"], b["date"]) is not None)
                and _days_apart(a["date"], b["date"]) <= 1
                and (not a["parties"] or not b["parties"] or a["parties"] & b["parties"])
            ):
                uf.union(x, y, "same kind of agreement, same or adjacent day, same parties")
    attached: set[int] = set()
    for i, it in enumerate(items):
        if it["date"]:
            continue
        roots = sorted({uf.find(j) for j in dated if fold(items[j]["name"]) == fold(it["name"])})
        if len(roots) == 1:
            uf.union(roots[0], i, "same name")
            attached.add(i)
        else:
            # a bare `Agreement` or `Protocol` of one article is not another article's
            alone = fold(it["name"]) in vocab.GENERIC_AGREEMENT_NAMES
            same = [
                j
                for j in range(i + 1)
                if not items[j]["date"]
                and j not in attached
                and fold(items[j]["name"]) == fold(it["name"])
                and (not alone or items[j]["source"] == it["source"])
            ]
            uf.union(same[0], i, "same name")
    for i, it in enumerate(items):
        if it["curated"]:
            uf.reasons[uf.find(i)].add("curated alias")
    records, taken, index = [], set(), defaultdict(list)
    groups = sorted(uf.groups(), key=lambda g: min(g))
    for members in groups:
        its = [items[i] for i in members]
        names = Counter(it["name"] for it in its)
        k = next((known[fold(n)] for n in names if fold(n) in known), None)
        name = (
            k.name
            if k
            else min(names, key=lambda n: (-names[n], -sum(w[:1].isupper() for w in n.split()), -len(n), n))
        )
        dates = Counter(it["date"] for it in its if it["date"])
        date = k.date if k and k.date else _most_common(dates.elements(), key=edtf.sort_key)
        rec = {
            "id": "",
            "name": name,
            "aliases": _sorted_names({it["form"] for it in its} - {name}),
            "date": date,
            "parties": sorted(set().union(*(it["parties"] for it in its))),
            "sources": sorted({it["source"] for it in its}),
            "citations": _sorted_citations(it["cite"] for it in its),
        }
        if len(dates) > 1:
            rec["dates_stated"] = [
                {"date": d, "sources": sorted({it["source"] for it in its if it["date"] == d})}
                for d in sorted(dates, key=lambda d: (edtf.sort_key(d), d))
            ]
        why = uf.why(members) if len(members) > 1 else sorted(uf.reasons.get(uf.find(members[0]), set()))
        if why:
            rec["merged_because"] = why
        records.append(rec)
    for rec in sorted(records, key=lambda r: (slugify(r["name"]), edtf.sort_key(r["date"]), r["sources"])):
        rec["id"] = _unique_id(slugify(rec["name"]), taken, rec["date"] or "undated")
        for form in (rec["name"], *rec["aliases"]):
            index[fold(form)].append(rec)
    for members, rec in zip(groups, records, strict=True):
        # how the articles wrote it (`Russian-brokered peace deal`): searchable, shown on the page;
        # added after the index so references still resolve by name only
        written = {items[i]["surface"] for i in members if len(items[i]["surface"].split()) >= 2}
        rec["aliases"] = _sorted_names(
            set(rec["aliases"]) | {w for w in written if fold(w) != fold(rec["name"])}
        )

    def resolve(name: str | None, date: str | None = None) -> str | None:
        cands = index.get(fold(name or ""), [])
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]["id"]

        def distance(r: dict) -> tuple:
            apart = _days_apart(r["date"], date)
            return (
                apart if apart is not None else (0 if _dates_compatible(r["date"], date) else 10**6),
                r["id"],
            )

        return min(cands, key=distance)["id"]

    return sorted(records, key=lambda r: r["id"]), resolve


# ---------------------------------------------------------------- events


def _title_key(title: str) -> str:
    return " ".join(w for w in fold(title).split() if w not in vocab.TITLE_STOPWORDS)


def _families(title: str) -> frozenset[str]:
    """Kinds of happening a title names (vocab.EVENT_FAMILIES), for cross-source merging."""
    text = " " + fold(title) + " "
    return frozenset(
        family for family, stems in vocab.EVENT_FAMILIES.items() if any(" " + stem in text for stem in stems)
    )


def _finest_common_date(dates: list[str | None]) -> str | None:
    """The most reported date; when the dates nest (a month and a day in it), the finest one."""
    known = [d for d in dates if d]
    days = sorted({d for d in known if edtf.precision(d) == "day"})
    if len(days) == 1 and all(d == days[0] or days[0].startswith(d + "-") for d in known):
        return days[0]
    return _most_common(dates, key=lambda d: (edtf.sort_key(d), d))


def _event_id(date: str | None, title: str) -> str:
    return f"{date_prefix(date)}-{slugify(title, max_length=60)}"


def _events(
    extractions: Sequence[Extraction], actors: _Actors, resolve_place, resolve_agreement
) -> list[dict]:
    items = []
    for ex in extractions:
        for m in ex.events:
            date = m.date if m.date and edtf.is_valid(m.date) else None
            title = " ".join(m.title.split())
            if not title:
                continue
            items.append(
                {
                    "date": date,
                    "title": title,
                    "key": _title_key(title),
                    "families": _families(title),
                    "source": ex.article.id,
                    "cite": _citation(ex.article.id, m.sentence),
                    "actors": {a for a in (actors.resolve(x) for x in m.actors) if a},
                    "subject": actors.resolve(m.actors[0]) if m.actors else None,
                    "places": {p for p in (resolve_place(x) for x in m.places) if p},
                    "agreement": resolve_agreement(m.agreement, date) if m.agreement else None,
                }
            )
    items.sort(
        key=lambda i: (edtf.sort_key(i["date"]), i["date"] or "", i["key"], i["source"], i["cite"]["line"])
    )
    uf = _UnionFind(len(items))
    by_date: dict[str | None, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        by_date[it["date"]].append(i)

    def members(i: int) -> list[int]:
        """The events of item i's date already in its group."""
        root = uf.find(i)
        return [j for j in by_date[items[i]["date"]] if uf.find(j) == root]

    def sources_of(i: int) -> set[str]:
        return {items[j]["source"] for j in members(i)}

    for x, a in enumerate(items):
        neighbours = list(by_date[a["date"]])
        if (d := _day(a["date"])) is not None:
            neighbours += by_date.get((d + dt.timedelta(days=1)).isoformat(), [])
        for y in neighbours:
            if y <= x:
                continue
            b = items[y]
            same_agreement = a["agreement"] is not None and a["agreement"] == b["agreement"]
            # a one-word title (`Election`) is a subset of many titles: compare it as a whole
            short = min(len(a["key"].split()), len(b["key"].split())) < 2
            sim = fuzz.ratio(a["key"], b["key"]) if short else fuzz.token_set_ratio(a["key"], b["key"])
            if a["date"] == b["date"]:
                if a["date"] is None:
                    if a["key"] == b["key"] or sim >= vocab.UNDATED_TITLE:
                        uf.union(x, y, "undated, same title")
                elif same_agreement:
                    uf.union(x, y, "same date, same agreement")
                elif sim >= vocab.EVENT_TITLE_SAME_DAY and not any(
                    _told_apart(items[p], items[q]) for p in members(x) for q in members(y)
                ):  # (a group never takes two events one article told apart)
                    uf.union(x, y, "same date, similar title")
                elif (
                    edtf.precision(a["date"]) == "day"
                    and a["families"] & b["families"]
                    and not sources_of(x) & sources_of(y)
                ):
                    family = sorted(a["families"] & b["families"])[0]
                    uf.union(x, y, f"same day, same kind of happening ({family}), different sources")
            elif same_agreement:
                uf.union(x, y, "same agreement, dates a day apart")
            elif sim >= vocab.EVENT_TITLE_ADJACENT_DAY:
                uf.union(x, y, "dates a day apart, very similar title")

    # A month-precision report of a happening that another source dates to the day (`liberated in
    # November` / `liberation ... on Nov. 8`): the same happening, at the finer date.
    for x, a in enumerate(items):
        if not a["date"] or edtf.precision(a["date"]) != "month" or not a["families"]:
            continue
        for y, b in enumerate(items):
            if (
                b["date"]
                and edtf.precision(b["date"]) == "day"
                and b["date"].startswith(a["date"] + "-")
                and a["families"] & b["families"]
                and a["source"] != b["source"]
                and a["source"]
                not in {items[j]["source"] for j in by_date[b["date"]] if uf.find(j) == uf.find(y)}
            ):
                family = sorted(a["families"] & b["families"])[0]
                uf.union(x, y, f"same month, same kind of happening ({family}); one source gives the day")
                break
    records, taken = [], set()
    for members in sorted(uf.groups(), key=min):
        its = [items[i] for i in members]
        date = _finest_common_date([it["date"] for it in its])
        titles = Counter(it["title"] for it in its)
        title = min(
            titles,
            key=lambda t: (
                -titles[t],
                -sum(fuzz.token_set_ratio(_title_key(t), it["key"]) for it in its),
                len(t),
                t,
            ),
        )
        agreement = _most_common((it["agreement"] for it in its), key=lambda a: a)
        if len({it["date"] for it in its}) > 1:
            # the sources date the happening differently: each citation keeps the date its source gives
            cites = _sorted_citations({**it["cite"], "date": it["date"]} for it in its)
        else:
            cites = _sorted_citations(it["cite"] for it in its)
        rec = {
            "id": "",
            "date": date,
            "title": title,
            "actors": sorted(set().union(*(it["actors"] for it in its))),
            "places": sorted(set().union(*(it["places"] for it in its))),
            "agreement": agreement,
            "sources": cites,
        }
        if why := uf.why(members):
            rec["merged_because"] = why
        records.append(rec)
    for rec in sorted(
        records,
        key=lambda r: (_event_id(r["date"], r["title"]), r["sources"][0]["source"], r["sources"][0]["text"]),
    ):
        c = rec["sources"][0]
        rec["id"] = _unique_id(
            _event_id(rec["date"], rec["title"]), taken, short_hash(c["source"] + c["text"])
        )
    return sorted(records, key=lambda r: r["id"])


# ---------------------------------------------------------------- quotes


def _quote_key(text: str) -> str:
    return fold(text)


def _same_words(a: str, b: str) -> str | None:
    """Why two normalised quotations are the same words, or None."""
    if a == b:
        return "same words"
    short, long = sorted((a, b), key=len)
    if len(short) >= vocab.QUOTE_MIN_CONTAINED and short in long:
        return "one quotation contains the other"
    if fuzz.ratio(a, b) >= vocab.QUOTE_RATIO:
        return "nearly the same words"
    n = vocab.QUOTE_SHARED_WORDS
    wa, wb = a.split(), b.split()
    grams = {tuple(wa[i : i + n]) for i in range(len(wa) - n + 1)}
    if any(tuple(wb[i : i + n]) in grams for i in range(len(wb) - n + 1)):
        return f"share a passage of {n} or more words"
    return None


def _quotes(extractions: Sequence[Extraction], actors: _Actors) -> list[dict]:
    items = []
    for ex in extractions:
        for m in ex.quotes:
            text = " ".join(m.text.split())
            if not _quote_key(text):
                continue
            speaker = (
                actors.resolve(m.speaker, prefer=("person", "organization", "country")) if m.speaker else None
            )
            items.append(
                {
                    "text": text,
                    "key": _quote_key(text),
                    "speaker": speaker,
                    "partial": m.partial,
                    "date": m.date if m.date and edtf.is_valid(m.date) else None,
                    "source": ex.article.id,
                    "cite": _citation(ex.article.id, m.sentence, m.context),
                }
            )
    items.sort(key=lambda i: (i["key"], i["speaker"] or "", i["source"], i["cite"]["line"], i["text"]))
    uf = _UnionFind(len(items))
    for x, a in enumerate(items):
        for y in range(x + 1, len(items)):
            b = items[y]
            if a["speaker"] and b["speaker"] and a["speaker"] != b["speaker"]:
                continue
            if why := _same_words(a["key"], b["key"]):
                uf.union(x, y, why)
    records, taken = [], set()
    for members in sorted(uf.groups(), key=min):
        its = [items[i] for i in members]
        main = max(its, key=lambda it: (len(it["key"]), it["text"]))
        speaker = _most_common((it["speaker"] for it in its), key=lambda s: s)
        cites = []
        for it in its:
            c = dict(it["cite"])
            if it["text"] != main["text"]:
                c["quote"] = it["text"]
            cites.append(c)
        rec = {
            "id": _unique_id(f"{speaker or 'unattributed'}-{short_hash(main['key'])}", taken, main["source"]),
            "speaker": speaker,
            "text": main["text"],
            "partial": main["partial"],
            "date": _most_common((it["date"] for it in its), key=lambda d: (edtf.sort_key(d), d)),
            "sources": _sorted_citations(cites),
        }
        if why := uf.why(members):
            rec["merged_because"] = why
        records.append(rec)
    return sorted(records, key=lambda r: r["id"])


# ---------------------------------------------------------------- the stage


def consolidate(extractions: Sequence[Extraction], knowledge: Knowledge | None = None) -> Dossier:
    """All articles' mentions -> the dossier: one record per real thing, each citing every source.

    `knowledge` (the curator's known actors, places, agreements) adds curated aliases to the merge
    rules; without it, `apply_curation` applies them afterwards. The result does not depend on the
    order of `extractions`.
    """
    knowledge = knowledge or Knowledge()
    extractions = sorted(extractions, key=lambda ex: ex.article.id)
    actors = _Actors(knowledge)
    for ex in extractions:
        sid = ex.article.id
        for m in ex.actors:
            actors.add(
                name=m.name, kind=m.kind, source=sid, surface=m.surface, role=m.role, country=m.country
            )
    # speakers nobody mentioned as an actor still need a record
    first = _Actors(knowledge)
    first.groups = dict(actors.groups)
    first.build()
    for ex in extractions:
        for q in ex.quotes:
            if q.speaker and first.resolve(q.speaker) is None:
                kind = q.speaker_kind or _guess_speaker_kind(q.speaker)
                actors.add(name=q.speaker, kind=kind, source=ex.article.id, count=False)
    actors.build()
    places, resolve_place = _places(extractions, knowledge)
    agreements, resolve_agreement = _agreements(extractions, knowledge, actors)
    events = _events(extractions, actors, resolve_place, resolve_agreement)
    quotes = _quotes(extractions, actors)
    return Dossier(
        sources=tuple(sorted((source_record(ex.article) for ex in extractions), key=lambda r: r["id"])),
        actors=tuple(sorted(actors.records.values(), key=lambda r: r["id"])),
        places=tuple(sorted(places, key=lambda r: r["id"])),
        agreements=tuple(agreements),
        events=tuple(events),
        quotes=tuple(quotes),
    )
