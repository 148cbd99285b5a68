#!/usr/bin/env python3
"""The anchor for `make eval`: libphonenumber's matcher (the `phonenumbers` package) on the
same corpus and labels, strict (VALID) and lenient (POSSIBLE).

Page text is taken with the standard library's HTML parser (script and style skipped), block
elements and <br> as line breaks; tel: links are not read, as the matcher only sees text.
"""
import html.parser
import json
import pathlib
import sys

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

BLOCKS = {"p", "div", "li", "td", "th", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd",
          "section", "article", "header", "footer", "address", "table", "ul", "ol", "figcaption"}


class TextExtractor(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(path):
    raw = path.read_bytes()
    encoding = "cp1258" if b"windows-1258" in raw[:2048].lower() else "utf-8"
    extractor = TextExtractor()
    extractor.feed(raw.decode(encoding, errors="replace"))
    return "".join(extractor.parts)


def normalized(number):
    national = str(number.national_number)
    if number.country_code == 84 and national.startswith(("1800", "1900")):
        value = national
    else:
        value = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return value + (f";ext={number.extension}" if number.extension else "")


def main(corpus):
    corpus = pathlib.Path(corpus)
    labels = {}
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        if label["kind"] == "phone":
            labels.setdefault(label["file"], set()).add(label["normalized"])
    files = sorted({json.loads(l)["file"] for l in (corpus / "labels.jsonl").read_text().splitlines()})
    print("libphonenumber (phonenumbers %s) on the same pages, phones only" % phonenumbers.__version__)
    print("leniency   labels  found  correct  precision  recall")
    for name, leniency in (("strict", Leniency.VALID), ("lenient", Leniency.POSSIBLE)):
        total_labels = found = correct = 0
        for file in files:
            region = "US" if pathlib.Path(file).name.startswith("en") else "VN"
            text = page_text(corpus / file)
            predicted = {normalized(m.number) for m in PhoneNumberMatcher(text, region, leniency=leniency)}
            truth = labels.get(file, set())
            total_labels += len(truth)
            found += len(predicted)
            correct += len(predicted & truth)
        precision = correct / found if found else 0
        recall = correct / total_labels if total_labels else 0
        print(f"{name:<9}{total_labels:8d} {found:6d} {correct:8d}  {precision:9.2f}  {recall:6.2f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Corpus")
