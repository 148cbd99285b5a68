#!/usr/bin/env python3
"""Generates a fictional Vietnamese agency website for the crawl benchmark.

    python3 scripts/bench/generate_site.py OUTPUT_DIR --pages 2000 [--seed 20241003]

Writes OUTPUT_DIR/index.html plus PAGES-1 more pages (PAGES in all), each 20-40 KB of UTF-8
HTML in the layout of a provincial department's site: header, menu and footer chrome with the
agency's address, switchboard, fax and hotline; leadership pages (tables of officials with
portraits, titles, office lines, "DĐ: 0912.345.678" mobiles and e-mails); news articles
(paragraphs, figure captions, signatures); phone-book tables; and category listings. Every
page carries about 80 links: the menu (same on every page), eight "child" links that make the
site a tree of fan-out 8 (so a breadth-first crawl from / reaches every page within depth
log8(PAGES) + 1, i.e. 5 for 20,000 pages), related news to pseudo-random pages, and a
pagination strip. All in-site <a href> links point at pages that exist (images are not
linked), except one link into /noi-bo/, which robots.txt disallows. Also writes robots.txt
and MANIFEST.json (sizes, link counts).

Everything (names, numbers, addresses, domains) is invented. Output is deterministic for a
given (pages, seed): same bytes on every run. Python standard library only.
"""

import argparse
import json
import os
import random
import sys

AGENCY = "Sở Nội vụ tỉnh Hà Lam"
AGENCY_UPPER = "SỞ NỘI VỤ TỈNH HÀ LAM"
PROVINCE = "tỉnh Hà Lam"
DOMAIN = "snv.halam.example.gov.vn"
AREA = "0236"  # invented province: the area code is only a plausible prefix

SURNAMES = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Cao", "Mai", "Tô", "Lương", "Hà", "Đoàn",
]
MIDDLE_MALE = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Công", "Quốc", "Ngọc", "Đình", "Trọng"]
MIDDLE_FEMALE = ["Thị", "Thị Thu", "Thị Kim", "Thị Mỹ", "Thị Thanh", "Ngọc", "Thị Bích", "Thị Hồng", "Thùy"]
GIVEN_MALE = [
    "An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hiếu", "Hùng", "Huy", "Khánh", "Long", "Lâm",
    "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Thành", "Trung",
    "Tuấn", "Việt", "Vinh",
]
GIVEN_FEMALE = [
    "Anh", "Châu", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh",
    "Mai", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Tuyết", "Vân", "Yến",
]
UNITS = [
    ("van-phong", "Văn phòng Sở"), ("thanh-tra", "Thanh tra Sở"),
    ("to-chuc-bien-che", "Phòng Tổ chức, biên chế và tổ chức phi chính phủ"),
    ("xay-dung-chinh-quyen", "Phòng Xây dựng chính quyền và công tác thanh niên"),
    ("cong-chuc-vien-chuc", "Phòng Công chức, viên chức"),
    ("cai-cach-hanh-chinh", "Phòng Cải cách hành chính"),
    ("thi-dua-khen-thuong", "Ban Thi đua - Khen thưởng"),
    ("ton-giao", "Ban Tôn giáo"), ("van-thu-luu-tru", "Chi cục Văn thư - Lưu trữ"),
    ("lao-dong-viec-lam", "Phòng Lao động - Việc làm"),
    ("nguoi-co-cong", "Phòng Người có công"), ("bao-tro-xa-hoi", "Phòng Bảo trợ xã hội"),
]
DISTRICTS = ["huyện Đông Sơn", "huyện Tây Hòa", "huyện Bắc Giang Lam", "thị xã Nam Lam", "thành phố Hà Lam",
             "huyện Kỳ Phong", "huyện Lâm Thạch", "huyện Vĩnh Hòa"]
TITLES_LEAD = ["Giám đốc Sở", "Phó Giám đốc Sở"]
TITLES_UNIT = ["Trưởng phòng", "Phó Trưởng phòng", "Chánh Văn phòng", "Phó Chánh Văn phòng",
               "Chánh Thanh tra", "Chuyên viên chính", "Chuyên viên", "Chi cục trưởng", "Văn thư", "Kế toán"]
MOBILE_PREFIXES = ["091", "094", "088", "098", "097", "096", "086", "090", "093", "089",
                   "070", "079", "077", "076", "078", "083", "084", "085", "081", "082",
                   "032", "033", "034", "035", "036", "037", "038", "039", "056", "058"]

TOPIC_WORDS = [
    "cải cách hành chính", "chuyển đổi số", "tinh giản biên chế", "đánh giá cán bộ",
    "thi đua khen thưởng", "công tác tôn giáo", "văn thư lưu trữ", "tuyển dụng công chức",
    "bồi dưỡng viên chức", "sắp xếp đơn vị hành chính", "chính quyền điện tử", "dịch vụ công trực tuyến",
    "phòng chống tham nhũng", "an toàn thông tin", "giải quyết việc làm", "chính sách người có công",
]
TITLE_PATTERNS = [
    "Hội nghị triển khai công tác {t} năm {y}",
    "Sở Nội vụ tổ chức tập huấn {t} cho cán bộ cấp xã",
    "Công bố quyết định bổ nhiệm {r} {u}",
    "Kiểm tra công tác {t} tại {d}",
    "Sơ kết 6 tháng đầu năm {y} về {t}",
    "Hướng dẫn thực hiện {t} trên địa bàn {p}",
    "Tổng kết phong trào thi đua và {t} giai đoạn {y0}-{y}",
    "Lấy ý kiến dự thảo quy định về {t}",
    "Khuyến cáo cán bộ, công chức cảnh giác với thủ đoạn lừa đảo qua mạng",
    "Đoàn công tác của Bộ Nội vụ làm việc về {t}",
]
SENTENCES = [
    "Tham dự hội nghị có đại diện lãnh đạo các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố và cán bộ làm công tác {t}.",
    "Theo báo cáo, trong năm {y} toàn tỉnh đã tiếp nhận và giải quyết {n} hồ sơ, đạt tỷ lệ {pc}% đúng hạn, tăng {k} điểm phần trăm so với cùng kỳ.",
    "Phát biểu chỉ đạo, đồng chí đề nghị các địa phương tiếp tục đẩy mạnh {t}, lấy người dân và doanh nghiệp làm trung tâm phục vụ.",
    "Bên cạnh kết quả đạt được, công tác {t} vẫn còn một số hạn chế như cơ sở dữ liệu chưa đồng bộ, nhân lực còn thiếu và trang thiết bị chưa đáp ứng yêu cầu.",
    "Hội nghị đã nghe các báo cáo tham luận của {d} và Văn phòng Ủy ban nhân dân tỉnh về kinh nghiệm triển khai {t}.",
    "Sở Nội vụ đề nghị các cơ quan, đơn vị rà soát, cập nhật thông tin và gửi báo cáo về Sở trước ngày {dd}/{mm}/{y} để tổng hợp.",
    "Dịp này, Chủ tịch Ủy ban nhân dân tỉnh đã tặng Bằng khen cho {n2} tập thể và {n3} cá nhân có thành tích xuất sắc trong {t}.",
    "Các đại biểu đã thảo luận, làm rõ những khó khăn, vướng mắc và đề xuất giải pháp tháo gỡ trong thời gian tới.",
    "Kế hoạch đặt mục tiêu đến năm {y1}, {pc}% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.",
    "Cán bộ, công chức không cung cấp thông tin cá nhân, số điện thoại, hình ảnh cho người lạ qua mạng xã hội và kịp thời báo cơ quan công an khi có dấu hiệu lừa đảo.",
    "Đợt kiểm tra tập trung vào việc thực hiện quy chế làm việc, kỷ luật, kỷ cương hành chính và văn hóa công vụ tại {d}.",
    "Năm {y}, Sở đã tham mưu Ủy ban nhân dân tỉnh ban hành {n2} quyết định, {n3} kế hoạch và hướng dẫn về {t}.",
    "Ngoài ra, các đơn vị cần quan tâm công tác tuyên truyền, phổ biến để cán bộ, công chức và người dân nắm rõ chủ trương, chính sách.",
]
CAPTIONS = [
    "Quang cảnh hội nghị", "Đồng chí {name} phát biểu tại hội nghị", "Các đại biểu tham dự buổi làm việc",
    "Lãnh đạo Sở trao Giấy khen cho các tập thể", "Đoàn kiểm tra làm việc tại {d}",
    "Ông {name}, {title}, phát biểu chỉ đạo", "Bà {name} trình bày báo cáo tham luận",
]

MENU = [  # (label, submenu labels) -> targets are pages 1..N of the tree in order
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Sở", "Cơ cấu tổ chức", "Lịch sử hình thành"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin địa phương", "Tin chuyên ngành", "Thông báo"]),
    ("Cải cách hành chính", ["Kế hoạch", "Kết quả", "Thủ tục hành chính"]),
    ("Văn bản", ["Văn bản của Sở", "Văn bản của tỉnh", "Văn bản Trung ương"]),
    ("Công tác cán bộ", ["Tuyển dụng", "Bổ nhiệm", "Đào tạo, bồi dưỡng"]),
    ("Danh bạ", ["Danh bạ điện thoại", "Danh bạ thư điện tử"]),
    ("Liên hệ", []),
]
MENU_LINKS = sum(1 + len(sub) for _, sub in MENU)  # 31
FANOUT = 8


def strip_marks(text):
    table = str.maketrans(
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
        "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ",
        "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"
        "AAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD")
    return text.translate(table)


def slug(text):
    out = []
    for ch in strip_marks(text).lower():
        out.append(ch if ch.isalnum() else "-")
    return "-".join(filter(None, "".join(out).split("-")))


class Person:
    __slots__ = ("name", "honorific", "title", "unit", "office", "ext", "mobile", "email", "slug")


def make_mobile(rng):
    prefix = rng.choice(MOBILE_PREFIXES)
    rest = "".join(rng.choice("0123456789") for _ in range(7))
    digits = prefix + rest  # 10 digits, 0xx xxx xxxx
    style = rng.randrange(5)
    if style == 0:
        return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    if style == 1:
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    if style == 2:
        return f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"
    if style == 3:
        return f"(+84) {digits[1:4]}.{digits[4:7]}.{digits[7:]}"
    return digits


def make_people(rng, count):
    people = []
    used = set()
    while len(people) < count:
        female = rng.random() < 0.45
        middle = rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE)
        given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
        name = f"{rng.choice(SURNAMES)} {middle} {given}"
        if name in used:
            continue
        used.add(name)
        p = Person()
        p.name = name
        p.honorific = "Bà" if female else "Ông"
        p.unit = rng.randrange(len(UNITS))
        p.title = rng.choice(TITLES_UNIT)
        p.ext = 100 + len(people) % 900
        p.office = f"{AREA} {rng.randrange(3800000, 3899999) // 1000} {p.ext:03d}"
        p.mobile = make_mobile(rng) if rng.random() < 0.7 else ""
        parts = strip_marks(name).lower().split()
        p.slug = "-".join(parts)
        local = parts[-1] + "".join(w[0] for w in parts[:-1])
        p.email = f"{local}@{DOMAIN}" if rng.random() < 0.85 else f"{local}.hl{rng.randrange(10, 99)}@gmail.com"
        people.append(p)
    return people


def page_path(i, kind, title_slug):
    if i == 0:
        return "/"
    if kind == "news":
        return f"/tin-tuc/{2019 + i % 6}/{title_slug}-{i}.html"
    if kind == "leaders":
        return f"/to-chuc/{title_slug}-{i}.html"
    if kind == "phonebook":
        return f"/danh-ba/{title_slug}-{i}.html"
    return f"/chuyen-muc/{title_slug}/trang-{i}.html"


def kind_of(i):
    if i == 0:
        return "home"
    r = i % 10
    if r in (1, 4, 6, 7, 9, 0):
        return "news"
    if r in (2, 8):
        return "leaders"
    if r == 3:
        return "phonebook"
    return "listing"


class Site:
    def __init__(self, pages, seed):
        self.n = pages
        self.seed = seed
        rng = random.Random(seed)
        self.people = make_people(rng, 600)
        self.leaders = self.people[:4]
        for k, p in enumerate(self.leaders):
            p.title = TITLES_LEAD[0 if k == 0 else 1]
        self.kinds = [kind_of(i) for i in range(pages)]
        self.titles = []
        self.paths = []
        for i in range(pages):
            r = random.Random(seed * 1_000_003 + i)
            kind = self.kinds[i]
            if kind == "home":
                title = "Trang chủ"
            elif kind == "news":
                y = 2019 + i % 6
                title = r.choice(TITLE_PATTERNS).format(
                    t=r.choice(TOPIC_WORDS), y=y, y0=y - 5, d=r.choice(DISTRICTS), p=PROVINCE,
                    r=r.choice(["Phó Giám đốc", "Trưởng phòng", "Chánh Văn phòng"]), u=AGENCY)
            elif kind == "leaders":
                title = f"Lãnh đạo {UNITS[i % len(UNITS)][1]}"
            elif kind == "phonebook":
                title = f"Danh bạ điện thoại {UNITS[i % len(UNITS)][1]}"
            else:
                title = f"{r.choice(['Tin hoạt động', 'Thông báo', 'Văn bản', 'Tin địa phương'])} - trang {i}"
            self.titles.append(title)
            self.paths.append(page_path(i, kind, slug(title)[:60].rstrip("-")))
        self.menu_targets = [min(k + 1, pages - 1) for k in range(MENU_LINKS)]

    # -- chrome -------------------------------------------------------------------------

    def head(self, i, out):
        title = self.titles[i]
        out.append('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n')
        out.append('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
        out.append(f"<title>{title} - {AGENCY}</title>\n")
        out.append(f'<meta name="description" content="{title}. Trang thông tin điện tử {AGENCY}">\n')
        out.append(f'<meta name="keywords" content="sở nội vụ, {PROVINCE}, cải cách hành chính, công chức">\n')
        out.append(f'<meta property="og:title" content="{title}">\n')
        out.append(f'<meta property="og:site_name" content="{AGENCY}">\n')
        out.append('<meta property="og:type" content="article">\n')
        out.append(f'<link rel="canonical" href="{self.paths[i]}">\n')
        out.append('<link rel="stylesheet" href="/css/style.css?v=3.2.1">\n')
        out.append('<link rel="stylesheet" href="/css/responsive.css?v=3.2.1">\n')
        out.append('<link rel="icon" href="/favicon.ico">\n')
        out.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
                   "gtag('js',new Date());var SITE={lang:'vi',root:'/',search:'/tim-kiem.html'};</script>\n")
        if self.kinds[i] == "news":
            out.append('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                       f'"headline":"{title}","publisher":{{"@type":"GovernmentOrganization","name":"{AGENCY}"}}}}'
                       "</script>\n")
        out.append("</head>\n<body>\n<div id=\"wrapper\">\n")

    def header(self, i, rng, out):
        out.append('<header class="site-header">\n <div class="top-bar">')
        out.append(f'<span class="date">Thứ {rng.choice(["Hai", "Ba", "Tư", "Năm", "Sáu"])}, '
                   f'{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024</span>\n')
        out.append('  <span class="top-links"><a href="/">Trang chủ</a> | '
                   '<a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener">Dịch vụ công</a> | '
                   f'<span class="hotline">Đường dây nóng: 1900 {rng.choice(["9258", "8012", "6868"])}</span></span></div>\n')
        out.append(' <div class="banner">\n  <a href="/" class="logo" title="Trang chủ">'
                   f'<img src="/images/logo.png" width="300" height="80" alt="Logo {AGENCY}"></a>\n')
        out.append(f'  <div class="brand"><span class="ubnd">ỦY BAN NHÂN DÂN {PROVINCE.upper()}</span>'
                   f'<span class="agency-name">{AGENCY_UPPER}</span></div>\n')
        out.append('  <form class="search" action="/tim-kiem.html" method="get"><input type="text" name="q" '
                   'placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form>\n </div>\n')
        out.append(' <nav class="main-nav">\n  <ul>\n')
        k = 0
        for label, subs in MENU:
            target = self.menu_targets[k]
            k += 1
            if subs:
                out.append(f'   <li class="has-sub"><a href="{self.paths[target]}">{label}</a>\n    <ul class="sub-menu">\n')
                for sub in subs:
                    target = self.menu_targets[k]
                    k += 1
                    out.append(f'     <li><a href="{self.paths[target]}">{sub}</a></li>\n')
                out.append("    </ul>\n   </li>\n")
            else:
                out.append(f'   <li><a href="{self.paths[target]}">{label}</a></li>\n')
        out.append("  </ul>\n </nav>\n</header>\n")

    def footer(self, rng, out):
        out.append('<footer class="site-footer">\n')
        out.append(f' <p class="footer-title"><strong>{AGENCY_UPPER}</strong></p>\n')
        out.append(f" <p>Địa chỉ: Số 25 đường Trần Hưng Đạo, phường Hải Châu, thành phố Hà Lam, {PROVINCE}</p>\n")
        out.append(f" <p>Điện thoại: {AREA}.3852.100 - Fax: {AREA}.3852.199 - Email: "
                   f'<a href="mailto:vanphong@{DOMAIN}">vanphong@{DOMAIN}</a></p>\n')
        lead = self.leaders[0]
        out.append(f" <p>Chịu trách nhiệm chính: {lead.honorific} {lead.name} - {lead.title}</p>\n")
        out.append(" <p>Giấy phép thiết lập trang thông tin điện tử số 31/GP-TTĐT do Sở Thông tin và Truyền thông "
                   f"{PROVINCE} cấp ngày 12/4/2021</p>\n")
        out.append(' <p class="links"><a href="/noi-bo/dang-nhap.html">Đăng nhập nội bộ</a> | '
                   '<a href="https://chinhphu.vn/" rel="noopener">Cổng TTĐT Chính phủ</a> | '
                   '<a href="https://moha.gov.vn/" rel="noopener">Bộ Nội vụ</a></p>\n')
        out.append(f' <p class="counter">Lượt truy cập: {rng.randint(1_000_000, 2_000_000):,} | '
                   f"Đang trực tuyến: {rng.randint(10, 90)}</p>\n".replace(",", "."))
        out.append(f' <p class="copyright">&copy; 2024 Bản quyền thuộc {AGENCY}. Ghi rõ nguồn &quot;{AGENCY}&quot; '
                   "khi phát hành lại thông tin từ trang này.</p>\n</footer>\n</div><!-- #wrapper -->\n"
                   '<script src="/js/main.js?v=3.2.1" defer></script>\n</body>\n</html>\n')

    def sidebar(self, i, rng, out):
        out.append(' <aside class="col-side">\n  <div class="box hotline-box">\n   <h2 class="box-title">ĐƯỜNG DÂY NÓNG</h2>\n')
        out.append(f'   <p class="hotline-number"><strong>1900 9258</strong></p>\n   <p>Trực ban cơ quan: {AREA}.3852.100</p>\n')
        out.append(f"   <p>Tiếp nhận phản ánh, kiến nghị: {AREA} 3852 118</p>\n  </div>\n")
        out.append('  <div class="box related">\n   <h2 class="box-title">TIN LIÊN QUAN</h2>\n   <ul>\n')
        # Children of this page in the fan-out tree, then pseudo-random related pages.
        first = FANOUT * i + 1
        for c in range(first, min(first + FANOUT, self.n)):
            out.append(f'    <li><a href="{self.paths[c]}">{self.titles[c]}</a></li>\n')
        for _ in range(34):
            t = rng.randrange(self.n)
            out.append(f'    <li><a href="{self.paths[t]}" title="{self.titles[t]}">{self.titles[t]}</a></li>\n')
        out.append("   </ul>\n  </div>\n </aside>\n")

    def pagination(self, i, out):
        out.append(' <div class="pagination"><span>Trang:</span>\n')
        for t in range(max(0, i - 3), min(self.n, i - 3 + 7)):
            if t == i:
                out.append(f'  <span class="current">{i}</span>\n')
            else:
                out.append(f'  <a href="{self.paths[t]}">{t}</a>\n')
        out.append(" </div>\n")

    # -- content --------------------------------------------------------------------------

    def sentence(self, rng):
        y = rng.choice([2022, 2023, 2024])
        return rng.choice(SENTENCES).format(
            t=rng.choice(TOPIC_WORDS), y=y, y1=y + 1, d=rng.choice(DISTRICTS), n=rng.randint(1200, 98000),
            pc=rng.randint(80, 99), k=rng.randint(2, 15), dd=rng.randint(1, 28), mm=rng.randint(1, 12),
            n2=rng.randint(5, 40), n3=rng.randint(10, 90))

    def paragraph(self, rng):
        return "<p>" + " ".join(self.sentence(rng) for _ in range(rng.randint(3, 6))) + "</p>\n"

    def figure(self, rng):
        p = rng.choice(self.people)
        caption = rng.choice(CAPTIONS).format(name=p.name, title=p.title, d=rng.choice(DISTRICTS))
        n = rng.randint(1000, 9999)
        return (f'<figure class="image"><img src="/uploads/tin-tuc/2024/anh-{n}.jpg" width="800" height="533" '
                f'alt="{caption}"><figcaption>{caption}. (Ảnh: Văn phòng Sở)</figcaption></figure>\n')

    def leader_table(self, i, rng, out):
        unit = UNITS[i % len(UNITS)][1]
        staff = [p for p in self.people if p.unit == i % len(UNITS)][:rng.randint(4, 8)]
        if i % 20 == 2:
            staff = self.leaders + [p for p in staff if p not in self.leaders][:2]
        out.append(f'<h1 class="page-title">LÃNH ĐẠO {unit.upper()}</h1>\n')
        out.append(f"<p>Căn cứ Quyết định số {rng.randint(100, 2999)}/QĐ-UBND ngày {rng.randint(1, 28)}/"
                   f"{rng.randint(1, 12)}/2023 của Ủy ban nhân dân {PROVINCE}, lãnh đạo {unit} gồm:</p>\n")
        out.append('<table class="table table-bordered table-leader">\n <thead>\n  <tr><th>TT</th><th>Ảnh</th>'
                   "<th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th><th>Email</th></tr>\n </thead>\n <tbody>\n")
        for k, p in enumerate(staff, 1):
            img = f"/uploads/lanh-dao/{p.slug}"
            # The portrait is not wrapped in a link: every <a href> on the site is a page that exists.
            out.append(f'  <tr>\n   <td class="tt">{k}</td>\n   <td class="photo">'
                       f'<img src="{img}-150x150.jpg" srcset="{img}-150x150.jpg 150w, {img}-300x400.jpg 300w, '
                       f'{img}.jpg 600w" sizes="150px" width="150" height="150" alt="{p.name}"></td>\n')
            out.append(f"   <td><strong>{p.honorific} {p.name}</strong></td>\n   <td>{p.title}</td>\n")
            mobile = f"<br>\n    DĐ: {p.mobile}" if p.mobile else ""
            out.append(f"   <td>CQ: {p.office}{mobile}</td>\n")
            out.append(f'   <td><a href="mailto:{p.email}">{p.email}</a></td>\n  </tr>\n')
        out.append(" </tbody>\n</table>\n<h2>Phân công nhiệm vụ</h2>\n<ul>\n")
        for p in staff[:4]:
            out.append(f"  <li><strong>{p.title} {p.name}:</strong> phụ trách lĩnh vực {rng.choice(TOPIC_WORDS)}, "
                       f"{rng.choice(TOPIC_WORDS)} và theo dõi địa bàn {rng.choice(DISTRICTS)}.</li>\n")
        out.append("</ul>\n")

    def phonebook(self, i, rng, out):
        unit_index = i % len(UNITS)
        out.append(f'<h1 class="page-title">DANH BẠ ĐIỆN THOẠI - {UNITS[unit_index][1].upper()}</h1>\n')
        out.append(f"<p>Tổng đài: <strong>{AREA} 3852 100</strong> (gọi tổng đài, sau đó bấm số máy lẻ) "
                   f"&nbsp;-&nbsp; Fax: {AREA} 3852 199</p>\n")
        out.append('<table class="table table-bordered danh-ba" cellpadding="4" cellspacing="0">\n'
                   '  <tr class="header"><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Máy lẻ</th>'
                   "<th>Điện thoại cơ quan</th><th>Di động</th></tr>\n")
        k = 0
        for u in range(3):
            unit = (unit_index + u) % len(UNITS)
            out.append(f'  <tr class="group"><td colspan="6"><strong>{UNITS[unit][1].upper()}</strong></td></tr>\n')
            for p in [p for p in self.people if p.unit == unit][:rng.randint(6, 12)]:
                k += 1
                out.append(f"  <tr><td>{k}</td><td>{p.name}</td><td>{p.title}</td><td>{p.ext}</td>"
                           f"<td>{p.office}</td><td>{p.mobile}</td></tr>\n")
        out.append("</table>\n")

    def news(self, i, rng, out):
        out.append(f'<h1 class="article-title">{self.titles[i]}</h1>\n')
        out.append(f'<p class="meta">Ngày đăng: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{2019 + i % 6} '
                   f"| Lượt xem: {rng.randint(50, 5000)}</p>\n")
        out.append(f'<p class="sapo"><strong>{self.sentence(rng)}</strong></p>\n')
        p = rng.choice(self.people)
        out.append(f"<p>Thông tin chi tiết liên hệ {UNITS[p.unit][1]} qua số điện thoại {p.office} "
                   "hoặc hộp thư điện tử của cơ quan.</p>\n")

    def listing(self, i, rng, out):
        out.append(f'<h1 class="page-title">{self.titles[i].upper()}</h1>\n<ul class="news-list">\n')
        for _ in range(6):
            t = rng.randrange(self.n)
            out.append(f'  <li class="news-item"><h3><a href="{self.paths[t]}">{self.titles[t]}</a></h3>\n'
                       f'   <p class="sapo">{self.sentence(rng)}</p></li>\n')
        out.append("</ul>\n")

    def page(self, i):
        rng = random.Random(self.seed * 7_919 + i)
        target = rng.randint(20 * 1024 + 512, 40 * 1024 - 1024)
        out = []
        self.head(i, out)
        self.header(i, rng, out)
        crumb = self.titles[i]
        out.append(f'<div id="main" class="container">\n<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; '
                   f"<span>{crumb}</span></div>\n<div class=\"row\">\n <section class=\"col-main\">\n"
                   '<article class="page-content">\n')
        kind = self.kinds[i]
        if kind == "leaders":
            self.leader_table(i, rng, out)
        elif kind == "phonebook":
            self.phonebook(i, rng, out)
        elif kind in ("listing", "home"):
            self.listing(i, rng, out)
        else:
            self.news(i, rng, out)
        tail = []
        tail.append("</article>\n")
        self.pagination(i, tail)
        tail.append(" </section>\n")
        self.sidebar(i, rng, tail)
        tail.append("</div>\n</div><!-- #main -->\n")
        self.footer(rng, tail)
        size = sum(len(s.encode("utf-8")) for s in out) + sum(len(s.encode("utf-8")) for s in tail)
        body = []
        n = 0
        while size < target:
            if kind == "news" and n % 4 == 2:
                chunk = self.figure(rng)
            elif n == 5 and kind == "news":
                p = rng.choice(self.people)
                chunk = (f'<p class="author" style="text-align:right"><strong>{p.name}</strong> - {UNITS[p.unit][1]}'
                         f"</p>\n")
            else:
                chunk = self.paragraph(rng)
            body.append(chunk)
            size += len(chunk.encode("utf-8"))
            n += 1
        html = "".join(out) + "".join(body) + "".join(tail)
        data = html.encode("utf-8")
        if len(data) > 40 * 1024:  # the last paragraph overshot: drop it
            html = "".join(out) + "".join(body[:-1]) + "".join(tail)
            data = html.encode("utf-8")
        return data


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output")
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20241003)
    args = parser.parse_args()
    if args.pages < 2:
        sys.exit("generate_site: --pages must be at least 2")

    site = Site(args.pages, args.seed)
    os.makedirs(args.output, exist_ok=True)
    made_dirs = set()
    sizes = []
    links = 0
    for i in range(args.pages):
        data = site.page(i)
        sizes.append(len(data))
        links += data.count(b"<a ")
        rel = "index.html" if i == 0 else site.paths[i].lstrip("/")
        path = os.path.join(args.output, rel)
        d = os.path.dirname(path)
        if d not in made_dirs:
            os.makedirs(d, exist_ok=True)
            made_dirs.add(d)
        with open(path, "wb") as f:
            f.write(data)
    with open(os.path.join(args.output, "robots.txt"), "w", encoding="utf-8") as f:
        f.write(f"# robots.txt - {strip_marks(AGENCY)}\nUser-agent: *\nDisallow: /noi-bo/\nDisallow: /tim-kiem.html\n")
    manifest = {
        "pages": args.pages, "seed": args.seed, "bytes": sum(sizes), "minBytes": min(sizes),
        "maxBytes": max(sizes), "anchorsPerPage": round(links / args.pages, 1),
        "kinds": {k: site.kinds.count(k) for k in sorted(set(site.kinds))},
    }
    with open(os.path.join(args.output, "MANIFEST.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
