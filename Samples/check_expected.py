#!/usr/bin/env python3
"""Checks Samples/agency-site.expected.json against the files in Samples/agency-site/.

Stdlib only. Run from anywhere:  python3 Samples/check_expected.py
Exits 0 when every check passes, 1 otherwise (each failure is printed).

Checks:
  * every HTML file decodes in its charset (UTF-8, or the one named in NAME.html.charset),
    UTF-8 pages are NFC, and every page parses with html.parser;
  * a robots-respecting crawl from "/" reaches exactly the expected "pages"
    (and every same-site link or image it meets exists as a file or is generated);
  * each expected phone's digits appear on its page, modulo separators
    (local 0..., +84..., or a short service number as dialled);
  * each expected email appears on its page (case-insensitive);
  * each expected person appears on some page, and for each of their phones and emails
    is the person named nearest before the value on its page (case-insensitive, after
    entity decoding and NFC);
  * forbidden values occur only under /noi-bo/, and forbidden paths are robots-disallowed;
  * PNG files are valid (signature, CRCs, IHDR, IDAT size); the PDF's xref offsets are right;
  * the folder stays under 300 KB;
  * files the server makes in code ("generated") stand in for files on disk.
"""
import html
import html.parser
import json
import os
import re
import struct
import sys
import unicodedata
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "agency-site")
EXPECTED = os.path.join(HERE, "agency-site.expected.json")
MAX_BYTES = 300 * 1024

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


# ---------------------------------------------------------------- site access

def file_for(path):
    """Maps a URL path to a file the way the static server does (dirs -> index.html)."""
    parts = [p for p in urllib.parse.unquote(path).split("/") if p]
    if ".." in parts:
        return None
    f = os.path.join(SITE, *parts)
    if os.path.isdir(f):
        f = os.path.join(f, "index.html")
    return f if os.path.isfile(f) else None


def charset_for(f):
    side = f + ".charset"
    if os.path.isfile(side):
        return open(side, encoding="ascii").read().strip()
    return "utf-8"


def decode(f):
    raw = open(f, "rb").read()
    cs = charset_for(f) if f.endswith((".html", ".htm")) else "utf-8"
    codec = {"windows-1258": "cp1258"}.get(cs.lower(), cs)
    return raw.decode(codec), cs


def nfc(s):
    return unicodedata.normalize("NFC", s)


def page_text(path):
    """Decoded source, entities unescaped, NFC (attributes included: tel:/mailto: count)."""
    f = file_for(path)
    text, _ = decode(f)
    return nfc(html.unescape(text))


# ---------------------------------------------------------------- parsing

class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.resources, self.meta_charset = [], [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "link" and a.get("href"):
            self.resources.append(a["href"])
        if tag == "img":
            if a.get("src"):
                self.resources.append(a["src"])
            for item in (a.get("srcset") or "").split(","):
                if item.strip():
                    self.resources.append(item.strip().split()[0])
        if tag == "meta":
            if a.get("charset"):
                self.meta_charset = a["charset"]
            elif (a.get("http-equiv") or "").lower() == "content-type":
                m = re.search(r"charset=([\w-]+)", a.get("content") or "")
                if m:
                    self.meta_charset = m.group(1)


def parse(path):
    f = file_for(path)
    text, cs = decode(f)
    p = LinkParser()
    p.feed(text)
    p.close()
    return p, text, cs


def robots_disallows():
    out = []
    for line in open(os.path.join(SITE, "robots.txt"), encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line.lower().startswith("disallow:"):
            v = line.split(":", 1)[1].strip()
            if v:
                out.append(v)
    return out


def same_site(base, href):
    """Absolute path of a same-site link, or None for external/mailto/tel/fragment links."""
    u = urllib.parse.urljoin("http://site.test" + base, href)
    parsed = urllib.parse.urlsplit(u)
    if parsed.scheme != "http" or parsed.netloc != "site.test":
        return None
    return parsed.path or "/"


def is_html_path(path):
    f = file_for(path)
    return f is not None and f.endswith(".html")


# ---------------------------------------------------------------- checks

def check_pages_and_crawl(exp):
    disallow = robots_disallows()
    seen, queue, html_pages, blocked = set(), ["/"], [], set()
    while queue:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        if any(path.startswith(d) for d in disallow):
            blocked.add(path)
            continue
        f = file_for(path)
        if f is None:
            if path not in GENERATED:
                fail(f"broken same-site link target {path}")
            continue
        if not f.endswith(".html"):
            continue
        html_pages.append(path)
        try:
            p, text, cs = parse(path)
        except Exception as e:  # noqa: BLE001
            fail(f"{path}: html.parser failed: {e}")
            continue
        if cs == "utf-8" and not unicodedata.is_normalized("NFC", text):
            fail(f"{path}: UTF-8 page is not NFC")
        if (p.meta_charset or "").lower() != cs.lower():
            fail(f"{path}: meta charset {p.meta_charset!r} != served charset {cs!r}")
        for href in p.links:
            t = same_site(path, href)
            if t is not None:
                queue.append(t)
        for src in p.resources:
            t = same_site(path, src)
            if t is not None and file_for(t) is None and t not in GENERATED:
                fail(f"{path}: missing resource {src} -> {t}")
    if sorted(html_pages) != sorted(exp["pages"]):
        fail(f"crawl reached {sorted(html_pages)}, expected pages {sorted(exp['pages'])}")
    for fp in exp["forbidden"]["paths"]:
        if not any(fp.startswith(d) for d in disallow):
            fail(f"forbidden path {fp} is not disallowed by robots.txt")
        if fp not in blocked:
            fail(f"forbidden path {fp} is not linked from any crawlable page (a crawler would never try it)")
        if file_for(fp) is None:
            fail(f"forbidden path {fp} does not exist")
    # every HTML file on disk parses, including the forbidden one
    for dirpath, _, files in os.walk(SITE):
        for name in files:
            if name.endswith(".html"):
                rel = "/" + os.path.relpath(os.path.join(dirpath, name), SITE).replace(os.sep, "/")
                try:
                    parse(rel)
                except Exception as e:  # noqa: BLE001
                    fail(f"{rel}: does not decode/parse: {e}")
    return html_pages


SEPARATORS = re.compile(r"[\s.\-()\u00a0]+")


def phone_forms(normalized):
    if normalized.startswith("+84"):
        national = normalized[3:].split(";")[0]
        return ["0" + national, "+84" + national]
    return [normalized]


def check_phones(exp):
    for ph in exp["phones"]:
        page = ph["page"]
        if page not in exp["pages"]:
            fail(f"phone {ph['normalized']} on {page}: page not in pages")
            continue
        flat = SEPARATORS.sub("", page_text(page))
        if not any(form in flat for form in phone_forms(ph["normalized"])):
            fail(f"phone {ph['normalized']} not found on {page}")
        check_person_on_page(ph["person"], page, f"phone {ph['normalized']}", ph["normalized"])


def check_emails(exp):
    for em in exp["emails"]:
        page = em["page"]
        if page not in exp["pages"]:
            fail(f"email {em['normalized']} on {page}: page not in pages")
            continue
        if em["normalized"] != em["normalized"].lower():
            fail(f"email {em['normalized']} is not lower case")
        if em["normalized"] not in page_text(page).lower():
            fail(f"email {em['normalized']} not found on {page}")
        check_person_on_page(em["person"], page, f"email {em['normalized']}", em["normalized"])


def value_positions(value, text):
    """Positions of a phone (digits with optional separators) or an email in text."""
    if "@" in value:
        return [m.start() for m in re.finditer(re.escape(value), text, re.I)]
    out = []
    for form in phone_forms(value):
        pattern = r"[\s.\-()\u00a0]*".join(re.escape(c) for c in form)
        out += [m.start() for m in re.finditer(pattern, text)]
    return out


def check_person_on_page(person, page, what, value=None):
    """The person is named on the page and, for at least one occurrence of the value,
    is the expected person named nearest before it (a crude stand-in for attribution)."""
    if person is None:
        return
    if person not in EXP_PEOPLE:
        fail(f"{what} on {page}: person {person!r} is not in people")
    text = page_text(page).casefold()
    if nfc(person).casefold() not in text:
        fail(f"{what}: person {person!r} not named on {page}")
        return
    if value is None:
        return
    nearest = []
    for pos in value_positions(value, text):
        best = max(EXP_PEOPLE, key=lambda n: text.rfind(nfc(n).casefold(), 0, pos))
        nearest.append(best)
        if best == person:
            return
    fail(f"{what} on {page}: nearest preceding names {nearest}, expected {person!r}")


def check_people(exp):
    for name in exp["people"]:
        if name != nfc(name):
            fail(f"person {name!r} is not NFC")
        if name.isupper():
            fail(f"person {name!r} is given in upper case")
        pages = [p for p in exp["pages"] if nfc(name).casefold() in page_text(p).casefold()]
        if not pages:
            fail(f"person {name!r} not found on any page")


def check_forbidden(exp):
    values = list(exp["forbidden"]["values"]) + list(exp["forbidden"].get("people", []))
    for dirpath, _, files in os.walk(SITE):
        for name in files:
            f = os.path.join(dirpath, name)
            rel = "/" + os.path.relpath(f, SITE).replace(os.sep, "/")
            raw = open(f, "rb").read()
            if raw.startswith(b"\x89PNG"):
                continue
            if f.endswith(".html"):
                text = nfc(html.unescape(decode(f)[0]))
            else:
                text = raw.decode("latin-1")
            flat = SEPARATORS.sub("", text)
            for v in values:
                hit = False
                if v.startswith("+") or v.isdigit():
                    hit = any(form in flat for form in phone_forms(v))
                else:
                    hit = nfc(v).casefold() in text.casefold()
                if hit and not rel.startswith("/noi-bo/"):
                    fail(f"forbidden value {v!r} occurs in {rel}")
    for v in values:
        text = page_text(exp["forbidden"]["paths"][0])
        flat = SEPARATORS.sub("", text)
        found = (any(form in flat for form in phone_forms(v)) if (v.startswith("+") or v.isdigit())
                 else nfc(v).casefold() in text.casefold())
        if not found:
            fail(f"forbidden value {v!r} is not on the forbidden page itself")


def check_png(f):
    data = open(f, "rb").read()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "bad signature"
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            return f"bad CRC in {kind!r}"
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
        if kind == b"IEND":
            break
    if ihdr is None:
        return "no IHDR"
    w, h, depth, ctype = ihdr[:4]
    if depth != 8 or ctype != 2:
        return "unexpected pixel format"
    if len(zlib.decompress(idat)) != h * (1 + 3 * w):
        return "IDAT size mismatch"
    return (w, h)


def check_files(exp):
    total = 0
    sizes = {}
    for dirpath, _, files in os.walk(SITE):
        for name in files:
            f = os.path.join(dirpath, name)
            total += os.path.getsize(f)
            rel = "/" + os.path.relpath(f, SITE).replace(os.sep, "/")
            if name.endswith(".png"):
                r = check_png(f)
                if isinstance(r, str):
                    fail(f"{rel}: invalid PNG: {r}")
                else:
                    sizes[rel] = r
            if name.endswith(".pdf"):
                d = open(f, "rb").read()
                if not d.startswith(b"%PDF-") or not d.rstrip().endswith(b"%%EOF"):
                    fail(f"{rel}: not a PDF")
                m = re.search(rb"startxref\s+(\d+)", d)
                xref = int(m.group(1)) if m else -1
                if d[xref:xref + 4] != b"xref":
                    fail(f"{rel}: startxref does not point at xref")
                else:
                    for i, off in enumerate(re.findall(rb"(\d{10}) 00000 n", d[xref:]), 1):
                        if not d[int(off):].startswith(f"{i} 0 obj".encode()):
                            fail(f"{rel}: xref entry {i} is wrong")
    if total > MAX_BYTES:
        fail(f"site is {total} bytes, over {MAX_BYTES}")
    for por in exp.get("portraits", []):
        if por["src"] in GENERATED:
            target = por.get("original", por["src"])
            if target not in GENERATED or GENERATED[target].get("size") != por.get("original_size"):
                fail(f"portrait {target}: not generated at {por.get('original_size')}")
            continue
        for key in ("src", "original"):
            if key in por and file_for(por[key]) is None:
                fail(f"portrait {por[key]} missing")
        target = por.get("original", por["src"])
        if "original_size" in por and sizes.get(target) != tuple(por["original_size"]):
            fail(f"portrait {target}: size {sizes.get(target)} != {por['original_size']}")
        if nfc(por["person"]).casefold() not in page_text(por["page"]).casefold():
            fail(f"portrait {por['src']}: {por['person']} not named on {por['page']}")
        if por["src"] not in page_text(por["page"]):
            fail(f"portrait {por['src']} not referenced on {por['page']}")
    for item in exp.get("non_html", []):
        if file_for(item["path"]) is None and item["path"] not in GENERATED:
            fail(f"non-HTML resource {item['path']} missing")
    return total


def main():
    global EXP_PEOPLE
    exp = json.load(open(EXPECTED, encoding="utf-8"))
    EXP_PEOPLE = set(exp["people"])
    GENERATED.update({item["path"]: item for item in exp.get("generated", [])})
    pages = check_pages_and_crawl(exp)
    check_people(exp)
    check_phones(exp)
    check_emails(exp)
    check_forbidden(exp)
    total = check_files(exp)
    print(f"{len(pages)} pages, {len(exp['people'])} people, {len(exp['phones'])} phones, "
          f"{len(exp['emails'])} emails, {total} bytes")
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("OK")
    return 0


EXP_PEOPLE = set()
# Files the sample server makes in code (Sources/LoopbackServer/SampleMedia.swift), by path.
GENERATED = {}

if __name__ == "__main__":
    sys.exit(main())
