//! What kind of file was given, from its first bytes (a name can lie: a .doc renamed
//! .docx, a PDF saved as .txt). kpi reads .docx, .xlsx and text; for anything else the
//! user is told to save the document as .docx (cmd/import.rs says it in both languages).

/// The kinds of file kpi recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Docx,
    Xlsx,
    Text,
    /// Word 97-2003 (.doc) or Excel 97-2003 (.xls): an OLE compound file.
    OldOffice,
    /// OpenDocument (.odt, .ods).
    OpenDocument,
    Pdf,
    /// A picture: a scan or a photo of the document.
    Image,
    Rtf,
    /// Something else (a zip of other files, a binary).
    Other,
}

pub fn detect(bytes: &[u8], name: &str) -> Format {
    let lower = name.to_ascii_lowercase();
    if bytes.starts_with(b"PK\x03\x04") {
        // An Office Open XML file names its main part in [Content_Types].xml; the zip's
        // directory is enough to tell Word from Excel.
        let Ok(zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
            return Format::Other;
        };
        let names: Vec<String> = zip.file_names().flatten().map(|n| n.into_owned()).collect();
        let has = |n: &str| names.iter().any(|m| m == n);
        return if has("word/document.xml") {
            Format::Docx
        } else if has("xl/workbook.xml") {
            Format::Xlsx
        } else if has("mimetype") || lower.ends_with(".odt") || lower.ends_with(".ods") {
            Format::OpenDocument
        } else {
            Format::Other
        };
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Format::OldOffice;
    }
    if bytes.starts_with(b"%PDF") {
        return Format::Pdf;
    }
    if bytes.starts_with(b"{\\rtf") {
        return Format::Rtf;
    }
    let image: &[&[u8]] = &[
        b"\x89PNG",
        b"\xFF\xD8\xFF",
        b"II*\0",
        b"MM\0*",
        b"GIF8",
        b"BM",
        b"RIFF",
    ];
    if image.iter().any(|m| bytes.starts_with(m)) {
        return Format::Image;
    }
    // Text: valid UTF-8 or UTF-16 with a byte-order mark, and no NUL byte in UTF-8.
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if utf16 || !bytes.contains(&0) {
        return Format::Text;
    }
    Format::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_their_bytes() {
        for (bytes, name, want) in [
            (&b"%PDF-1.7 ..."[..], "ke-hoach.pdf", Format::Pdf),
            (&b"%PDF-1.7 ..."[..], "ke-hoach.txt", Format::Pdf),
            (
                &b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"[..],
                "ke-hoach.doc",
                Format::OldOffice,
            ),
            (&b"\x89PNG\r\n"[..], "scan.png", Format::Image),
            (&b"\xFF\xD8\xFF\xE0"[..], "scan.jpg", Format::Image),
            (&b"{\\rtf1\\ansi"[..], "ke-hoach.rtf", Format::Rtf),
            ("Số: 12/KH\tx".as_bytes(), "ke-hoach.txt", Format::Text),
            (&b"PK\x03\x04garbage"[..], "ke-hoach.docx", Format::Other),
            (&b"\x00\x01\x02"[..], "x.bin", Format::Other),
        ] {
            assert_eq!(detect(bytes, name), want, "{name}");
        }
    }
}
