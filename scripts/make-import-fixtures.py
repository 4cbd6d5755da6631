#!/usr/bin/env python3
"""Make the Word and Excel fixtures of `kpi import` (tests/fixtures/import/).

    pip install python-docx openpyxl
    python3 scripts/make-import-fixtures.py

The generated files are committed, so that the tests need no Python. What they hold:

- seeds/<name>.docx and seeds/<name>.xlsx, from the five real plans:
  * Bình Định and Hà Tĩnh have an appendix table: the copied text (seeds/<name>.txt) is
    laid back into a Word table and a worksheet, with the merges the text implies: the
    heading "PHÂN CÔNG THỰC HIỆN" merged across "CHỦ TRÌ" / "PHỐI HỢP", the other headings
    merged down over the two heading rows, section rows merged across, row 2.4's TT and
    title merged down over its two lines. The headings repeated at each page of the copy
    are kept as rows (a repeated heading row), and so are the rows cut by page breaks.
  * The three Kon Tum plans have no appendix: their tasks are the numbered list of the
    body. The Word file is the copied text as paragraphs (Kon Tum's two) or, for the
    scanned Tu Mơ Rông plan, the text of its hand transcription (plans/); the workbook
    is the task list laid out as the appendix table an office keeps in Excel, made from
    the hand-encoded plan in plans/ (lead cells of consecutive rows with the same units
    merged down, as offices do). Their content is the plans' own; only the layout is new.
- an-lao/*.docx and an-lao/*.xlsx: two plans that are not seeds (names instead of codes,
  columns in another order and wording, headings without accents, merges down and
  across, a repeated heading row, a row numbering the columns, commas inside unit names),
  with the registry (units.toml) and the plans as an office would type them by hand
  (expected-*.toml), which the test compares with the import.
"""

import pathlib
import re
import tomllib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "import"


def clean(line):
    """The copied text's markup (**bold**, ###, <sup>1</sup>, HTML) dropped."""
    line = re.sub(r"<sup>.*?</sup>", "", line)
    line = re.sub(r"<[^>]+>", " ", line)
    line = line.replace("*", "").lstrip("#").strip()
    return re.sub(r"\s+", " ", line)


def fixed_core(doc):
    """Same bytes for the same content: no creation time, no author."""
    cp = doc.core_properties
    import datetime
    cp.created = cp.modified = datetime.datetime(2024, 1, 1)
    cp.author = cp.last_modified_by = "kpi"


def header_table(doc, org, number, dated):
    """The two-column header of a Vietnamese administrative document."""
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.text = org
    left.add_paragraph(f"Số: {number}")
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    right.add_paragraph(dated)


def repeat_heading(row):
    """Mark a row as Word's "repeat as header row at the top of each page"."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def grid_to_docx(doc, grid, merges, heading_rows=1):
    """A table from rows of strings; merges are (r1, c1, r2, c2), inclusive."""
    width = max(len(r) for r in grid)
    t = doc.add_table(rows=len(grid), cols=width)
    t.style = "Table Grid"
    covered = set()
    for (r1, c1, r2, c2) in merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for r, row in enumerate(grid):
        for c in range(width):
            text = row[c] if c < len(row) else ""
            if (r, c) not in covered:
                t.cell(r, c).text = text
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for r in range(heading_rows):
        repeat_heading(t.rows[r])
    return t


def grid_to_sheet(ws, top, grid, merges):
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text:
                ws.cell(row=top + r, column=c + 1, value=text)
    for (r1, c1, r2, c2) in merges:
        ws.merge_cells(start_row=top + r1, start_column=c1 + 1, end_row=top + r2, end_column=c2 + 1)


def sheet_heading(ws, lines, width):
    for i, line in enumerate(lines):
        ws.cell(row=i + 1, column=1, value=line).font = Font(bold=True)
        ws.merge_cells(start_row=i + 1, start_column=1, end_row=i + 1, end_column=width)
    return len(lines) + 2


def save_book(wb, path):
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2024, 1, 1)
    wb.properties.creator = "kpi"
    wb.save(path)


# ---------------------------------------------------------------------------------------
# Seeds with an appendix: the text's table laid back with its merges.

def appendix_grid(lines):
    """The tab rows of a copied text, in order, and the indices of heading rows."""
    rows = [l.split("\t") for l in lines if "\t" in l]
    rows = [[clean(c) for c in r] for r in rows]
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return rows, width


def appendix_merges(rows, width):
    merges = []
    first = rows[0]
    two = rows[1][0] == "" and any(rows[1])
    for i, row in enumerate(rows):
        if row == first:
            if two:
                for c in range(width):
                    if rows[i + 1][c] == "" and first[c]:
                        merges.append((i, c, i + 1, c))
                    if first[c] and c + 1 < width and first[c + 1] == "" and rows[i + 1][c] and rows[i + 1][c + 1]:
                        merges.append((i, c, i, c + 1))
            continue
        if two and i > 0 and rows[i - 1] == first:
            continue
        if row[1] and not any(row[2:]):
            merges.append((i, 1, i, width - 1))
        after_heading = i > 0 and (rows[i - 1] == first or (two and i > 1 and rows[i - 2] == first))
        if not row[0] and not row[1] and any(row[2:]) and not after_heading:
            # A second line of the row above: TT and title merged down.
            merges.append((i - 1, 0, i, 0))
            merges.append((i - 1, 1, i, 1))
    return merges


def seed_with_appendix(name, org, attached):
    text = (OUT / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    rows, width = appendix_grid(lines)
    merges = appendix_merges(rows, width)
    two = rows[1][0] == "" and any(rows[1])

    doc = Document()
    fixed_core(doc)
    body = [clean(l) for l in lines if "\t" not in l]
    number = next(l.split(":", 1)[1].strip() for l in body if l.startswith("Số:"))
    dated = next(l for l in body if ", ngày" in l)
    header_table(doc, org, number, dated)
    in_table = False
    for raw in lines:
        if "\t" in raw:
            if not in_table:
                grid_to_docx(doc, rows, merges, 2 if two else 1)
                in_table = True
            continue
        line = clean(raw)
        if not line or line.startswith("Số:") or line == dated:
            continue
        p = doc.add_paragraph(line)
        if line in ("KẾ HOẠCH", "PHỤ LỤC"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(OUT / "seeds" / f"{name}.docx")

    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    at = lines.index(next(l for l in lines if clean(l) == "PHỤ LỤC"))
    heading = [clean(l) for l in lines[at:at + 6] if clean(l) and "\t" not in l][:2]
    top = sheet_heading(ws, heading + [attached], width)
    grid_to_sheet(ws, top, rows, merges)
    save_book(wb, OUT / "seeds" / f"{name}.xlsx")


# ---------------------------------------------------------------------------------------
# Seeds without an appendix: their task list as a table.

def plan_tasks(path):
    plan = tomllib.loads(path.read_text(encoding="utf-8"))
    return plan


def list_cell(names):
    return "; ".join(names)


def task_grid(plan, sections):
    """Rows TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện for the
    tasks of `sections` ({id: (TT, title, parent TT or None)}), with merges down of lead,
    support and deadline cells that repeat the row above."""
    grid = [["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]]
    merges = []
    for sid, (tt, title) in sections.items():
        grid.append([tt, title, "", "", ""])
        merges.append((len(grid) - 1, 1, len(grid) - 1, 4))
        start = None
        for t in plan["task"]:
            if t.get("section") != sid:
                continue
            number = t.get("number") or t["id"].rsplit(".", 1)[-1]
            grid.append([number, t["title"], list_cell(t.get("lead", [])),
                         list_cell(t.get("support", [])), t.get("due", "")])
    # Merge down runs of equal lead / support / deadline cells.
    for c in (2, 3, 4):
        r = 1
        while r < len(grid):
            end = r
            while end + 1 < len(grid) and grid[end + 1][c] == grid[r][c] and grid[r][c] and grid[end + 1][0] and grid[r][0]:
                end += 1
            if end > r:
                for k in range(r + 1, end + 1):
                    grid[k][c] = ""
                merges.append((r, c, end, c))
            r = end + 1
    return grid, merges


def seed_body(name, plan_path, sections, org, heading, attached, docx_from_text=True):
    plan = plan_tasks(plan_path)
    grid, merges = task_grid(plan, sections)
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    top = sheet_heading(ws, ["PHỤ LỤC", heading, attached], 5)
    grid_to_sheet(ws, top, grid, merges)
    save_book(wb, OUT / "seeds" / f"{name}.xlsx")

    doc = Document()
    fixed_core(doc)
    p = plan["plan"]
    if docx_from_text:
        text = (OUT / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
        lines = [clean(l) for l in text.splitlines()]
        dated = next(l for l in lines if ", ngày" in l)
        header_table(doc, org, p["number"], dated)
        for line in lines:
            if line and not line.startswith("Số:") and line != dated:
                doc.add_paragraph(line)
    else:
        # The scan's text is unusable: the document as transcribed by hand, with the
        # task list as its appendix.
        header_table(doc, org, p["number"], f"{p['place']}, ngày   tháng 02 năm 2023")
        doc.add_paragraph("KẾ HOẠCH").alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph(p["title"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
        for b in p["basis"]:
            doc.add_paragraph(f"Thực hiện {b};")
        doc.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
        doc.add_paragraph("II. NHIỆM VỤ TRIỂN KHAI")
        doc.add_paragraph("2. Nội dung thi đua: (Có Phụ lục kèm theo)")
        doc.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
        doc.add_paragraph("Trung tâm Y tế yêu cầu các đơn vị nghiêm túc triển khai, thực hiện./.")
        doc.add_paragraph("Nơi nhận:")
        doc.add_paragraph("- Lưu: VT, TCHC-TCKT.")
        doc.add_paragraph("GIÁM ĐỐC")
        doc.add_paragraph(p["signer"])
        doc.add_paragraph("PHỤ LỤC")
        doc.add_paragraph(heading)
        doc.add_paragraph(attached)
        grid_to_docx(doc, grid, merges)
    doc.save(OUT / "seeds" / f"{name}.docx")


def seeds():
    seed_with_appendix("binh-dinh", "SỞ Y TẾ TỈNH BÌNH ĐỊNH",
                       "(Kèm theo Kế hoạch số /KH-SYT ngày 15/6/2023 của Sở Y tế tỉnh Bình Định)")
    seed_with_appendix("ha-tinh", "SỞ Y TẾ HÀ TĨNH",
                       "(Kèm theo Kế hoạch số /KH-SYT ngày / /2025 của Sở Y tế Hà Tĩnh)")
    plans = ROOT / "plans" / "kon-tum"
    seed_body("kon-tum-so-y-te", plans / "so-y-te" / "2023-pci.toml", {"II": ("II", "NỘI DUNG")},
              "SỞ Y TẾ TỈNH KON TUM",
              "NHIỆM VỤ CẢI THIỆN NÂNG CAO CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH NĂM 2023 CỦA NGÀNH Y TẾ",
              "(Kèm theo Kế hoạch số /KH-SYT ngày   tháng   năm 2023 của Sở Y tế tỉnh Kon Tum)")
    seed_body("kon-tum-bcd-pci", plans / "bcd-pci" / "2024-hoat-dong.toml", {"II": ("II", "NỘI DUNG")},
              "BCĐ CẢI THIỆN, NÂNG CAO CHỈ SỐ PCI TỈNH KON TUM",
              "HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO CẢI THIỆN, NÂNG CAO CHỈ SỐ PCI TỈNH KON TUM NĂM 2024",
              "(Kèm theo Kế hoạch số /KH-BCĐ ngày   tháng   năm 2024 của Ban Chỉ đạo)")
    seed_body("tu-mo-rong", plans / "ttyt-tu-mo-rong" / "2023-2030-thi-dua-cchc.toml",
              {"II": ("II", "NHIỆM VỤ TRIỂN KHAI"), "II.2": ("2", "Nội dung thi đua")},
              "TRUNG TÂM Y TẾ HUYỆN TU MƠ RÔNG",
              "NỘI DUNG THI ĐUA ĐẨY MẠNH CÔNG TÁC CẢI CÁCH HÀNH CHÍNH, GIAI ĐOẠN 2023 - 2030",
              "(Kèm theo Kế hoạch số 66/KH-YTTMR ngày   tháng 02 năm 2023 của Trung tâm Y tế huyện Tu Mơ Rông)",
              docx_from_text=False)


# ---------------------------------------------------------------------------------------
# Two plans that are not seeds (An Lão): see an-lao/expected-*.toml for what they mean.

AN_LAO = OUT / "an-lao"


def an_lao_pci():
    """A Word plan: header table, columns in another order, headings on two rows under
    "TRÁCH NHIỆM THỰC HIỆN", a row numbering the columns, sections A / B / I, a lead cell
    merged down over three rows, a deadline merged down over two, a heading row repeated
    in the middle of the table, unit names with commas."""
    doc = Document()
    fixed_core(doc)
    header_table(doc, "ỦY BAN NHÂN DÂN HUYỆN AN LÃO", "112/KH-UBND", "An Lão, ngày 05 tháng 3 năm 2024")
    doc.add_paragraph("KẾ HOẠCH").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Cải thiện, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("năm 2024 và năm 2025 trên địa bàn huyện").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Căn cứ Kế hoạch số 38/KH-UBND ngày 20/02/2024 của UBND tỉnh về cải thiện, nâng cao Chỉ số PCI năm 2024 và năm 2025;")
    doc.add_paragraph("UBND huyện ban hành Kế hoạch thực hiện như sau:")
    doc.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    doc.add_paragraph("1. Cải thiện môi trường đầu tư, kinh doanh trên địa bàn huyện.")
    doc.add_paragraph("II. NHIỆM VỤ, GIẢI PHÁP (Chi tiết tại Phụ lục kèm theo)")
    doc.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    doc.add_paragraph("1. Phòng Tài chính - Kế hoạch theo dõi, tổng hợp, báo cáo UBND huyện trước ngày 15/12 hằng năm.")
    doc.add_paragraph("Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.")
    doc.add_paragraph("Nơi nhận:")
    doc.add_paragraph("- UBND tỉnh (b/c);")
    doc.add_paragraph("- Lưu: VT.")
    doc.add_paragraph("TM. ỦY BAN NHÂN DÂN")
    doc.add_paragraph("CHỦ TỊCH")
    doc.add_paragraph("Đinh Văn Tuấn")
    doc.add_paragraph("PHỤ LỤC")
    doc.add_paragraph("NHIỆM VỤ CẢI THIỆN CHỈ SỐ PCI NĂM 2024 VÀ NĂM 2025")
    doc.add_paragraph("(Kèm theo Kế hoạch số 112/KH-UBND ngày 05/3/2024 của UBND huyện An Lão)")
    heading1 = ["STT", "Nội dung công việc", "Thời gian hoàn thành", "TRÁCH NHIỆM THỰC HIỆN", "", "Sản phẩm"]
    heading2 = ["", "", "", "Chủ trì", "Phối hợp", ""]
    grid = [
        heading1,
        heading2,
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["A", "NHIỆM VỤ CHUNG", "", "", "", ""],
        ["1", "Tổ chức quán triệt Kế hoạch đến các cơ quan, đơn vị", "Quý II năm 2024", "Văn phòng HĐND và UBND huyện", "Các cơ quan, đơn vị, UBND các xã, thị trấn", "Hội nghị quán triệt"],
        ["2", "Rà soát, đánh giá kết quả các chỉ số thành phần PCI năm 2023", "Trước ngày 30/4/2024", "Phòng Tài chính - Kế hoạch", "Các phòng, ban, ngành thuộc UBND huyện", "Báo cáo đánh giá"],
        ["B", "CẢI THIỆN CÁC CHỈ SỐ THÀNH PHẦN", "", "", "", ""],
        ["I", "Chi phí gia nhập thị trường", "", "", "", ""],
        ["1", "Rút ngắn thời gian cấp Giấy chứng nhận đăng ký hộ kinh doanh", "Thường xuyên", "Phòng Tài chính - Kế hoạch", "Bộ phận Một cửa huyện", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%"],
        ["2", "Công khai thủ tục đăng ký kinh doanh trên Cổng thông tin điện tử huyện", "", "", "Văn phòng HĐND và UBND huyện", "Thủ tục được công khai đầy đủ"],
        heading1,
        heading2,
        ["3", "Hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp", "Hằng quý", "Phòng Tài chính - Kế hoạch", "Chi cục Thuế khu vực; UBND các xã, thị trấn", "Báo cáo kết quả hỗ trợ"],
        ["II", "Tính minh bạch", "", "", "", ""],
        ["1", "Cập nhật quy hoạch, kế hoạch sử dụng đất lên Cổng thông tin điện tử huyện", "Trong tháng 6 năm 2024, tháng 6 năm 2025", "Phòng Tài nguyên và Môi trường", "Văn phòng HĐND và UBND huyện", "Thông tin được cập nhật"],
        ["2", "Tổ chức đối thoại doanh nghiệp, hộ kinh doanh", "6 tháng một lần", "Văn phòng HĐND và UBND huyện", "Các phòng, ban, ngành thuộc UBND huyện; Chi cục Thuế khu vực", "Biên bản đối thoại"],
    ]
    merges = [
        (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5),
        (10, 0, 11, 0), (10, 1, 11, 1), (10, 2, 11, 2), (10, 3, 10, 4), (10, 5, 11, 5),
        (3, 1, 3, 5), (6, 1, 6, 5), (7, 1, 7, 5), (13, 1, 13, 5),
        # The lead of rows B.I.1 and B.I.2.
        (8, 3, 9, 3),
        # "Thường xuyên" for B.I.1 and B.I.2.
        (8, 2, 9, 2),
    ]
    grid_to_docx(doc, grid, merges, heading_rows=2)
    doc.save(AN_LAO / "pci-2024-2025.docx")


def an_lao_papi():
    """An Excel appendix: headings without accents, a note column, sections I / 1,
    tasks 1.1 …, lead and deadline merged down, a section merged across."""
    wb = Workbook()
    ws = wb.active
    ws.title = "PL PAPI"
    grid = [
        ["TT", "NHIEM VU", "DON VI CHU TRI", "DON VI PHOI HOP", "KET QUA", "TIEN DO", "GHI CHU"],
        ["I", "CÔNG KHAI, MINH BẠCH", "", "", "", "", ""],
        ["1", "Công khai thông tin", "", "", "", "", ""],
        ["1.1", "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa", "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn", "100% thủ tục được niêm yết", "Thường xuyên", ""],
        ["1.2", "Công khai ngân sách huyện trên Cổng thông tin điện tử", "Phòng Tài chính - Kế hoạch", "Văn phòng HĐND và UBND huyện", "Số liệu ngân sách được công khai", "Trước ngày 31/12/2024", "Theo Luật Ngân sách"],
        ["1.3", "Công khai kế hoạch sử dụng đất hằng năm", "", "UBND các xã, thị trấn", "Kế hoạch được công khai", "Quý I năm 2024", ""],
        ["II", "KIỂM SOÁT THAM NHŨNG", "", "", "", "", ""],
        ["1", "Kê khai tài sản, thu nhập năm 2024", "Thanh tra huyện", "Các cơ quan, đơn vị, UBND các xã, thị trấn", "Bản kê khai", "Trước ngày 31/12/2024", ""],
        ["2", "Tiếp công dân định kỳ của Chủ tịch UBND huyện", "Văn phòng HĐND và UBND huyện", "Thanh tra huyện", "Thông báo kết quả tiếp công dân", "Hằng tháng", ""],
    ]
    merges = [
        (1, 1, 1, 6), (2, 1, 2, 6), (6, 1, 6, 6),
        # Phòng Tài chính - Kế hoạch leads 1.2 and 1.3.
        (4, 2, 5, 2),
    ]
    top = sheet_heading(ws, ["PHỤ LỤC", "KẾ HOẠCH NÂNG CAO CHỈ SỐ PAPI NĂM 2024",
                             "(Kèm theo Kế hoạch số 45/KH-UBND ngày 20/3/2024 của UBND huyện An Lão)"], 7)
    grid_to_sheet(ws, top, grid, merges)
    save_book(wb, AN_LAO / "papi-2024.xlsx")


if __name__ == "__main__":
    seeds()
    AN_LAO.mkdir(exist_ok=True)
    an_lao_pci()
    an_lao_papi()
