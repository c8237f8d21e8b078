package no.retthylle.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a record file's bytes are text: UTF-8 when every byte sequence is well-formed
 * UTF-8 (a BOM is valid UTF-8 and is stripped later by the reader), otherwise Windows-1252,
 * the encoding Excel on Norwegian Windows writes. Pure ASCII counts as UTF-8, which reads
 * the same. The stream is read to its end through a buffer, never held whole.
 *
 * <p>Three kinds of bytes are refused, because every reading of them would be wrong:
 * <ul>
 *   <li>a UTF-16 byte-order mark ({@code FF FE} or {@code FE FF}) at the start: Excel's
 *       "Unicode text";</li>
 *   <li>a NUL byte anywhere: UTF-16 without a mark, or not text at all;</li>
 *   <li>mixed encodings: well-formed UTF-8 multi-byte characters and bytes that are not
 *       UTF-8 in one file (e.g. files of two exports pasted together), where neither UTF-8
 *       nor Windows-1252 reads both right.</li>
 * </ul>
 * Line numbers in the messages count {@code \n} bytes, starting at 1.
 */
public final class CharsetDetection {

    /** Windows-1252 (cp1252), the fallback. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetDetection() {
    }

    /** Reads {@code bytes} to the end (without closing it) and names its encoding. */
    public static Charset detect(InputStream bytes) throws IOException, SourceFormatException {
        InputStream in = new BufferedInputStream(bytes);
        int first = in.read();
        int second = in.read();
        if (first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF) {
            throw new SourceFormatException(1, "the file is UTF-16 (\"Unicode text\"); save it as CSV UTF-8"
                    + " or as an .xlsx workbook");
        }
        Utf8Scan scan = new Utf8Scan();
        scan.accept(first);
        scan.accept(second);
        for (int b = in.read(); b != -1; b = in.read()) {
            scan.accept(b);
        }
        return scan.finish();
    }

    /** Follows UTF-8 well-formedness byte by byte. */
    private static final class Utf8Scan {
        private long line = 1;
        private int pending;
        private long multiByte;
        private long firstInvalidLine;
        private long firstMultiByteLine;

        void accept(int b) throws SourceFormatException {
            if (b == -1) {
                return;
            }
            if (b == 0) {
                throw new SourceFormatException(line, "the file is not text (it holds NUL bytes: binary data, or"
                        + " UTF-16 text); a record file must be CSV text (UTF-8 or Windows-1252) or an .xlsx workbook");
            }
            if (pending > 0) {
                if ((b & 0xC0) == 0x80) {
                    if (--pending == 0) {
                        multiByte++;
                        firstMultiByteLine = firstMultiByteLine == 0 ? line : firstMultiByteLine;
                    }
                    return;
                }
                invalid();
                pending = 0;
            }
            if (b == '\n') {
                line++;
            } else if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
            } else if (b >= 0x80) {
                invalid();
            }
        }

        private void invalid() {
            firstInvalidLine = firstInvalidLine == 0 ? line : firstInvalidLine;
        }

        Charset finish() throws SourceFormatException {
            if (pending > 0) {
                invalid();
            }
            if (firstInvalidLine == 0) {
                return StandardCharsets.UTF_8;
            }
            if (multiByte > 0) {
                throw new SourceFormatException(firstInvalidLine, "mixed encodings: the file has UTF-8 characters"
                        + " (first on line " + firstMultiByteLine + ") and characters that are not UTF-8 (first on"
                        + " line " + firstInvalidLine + "); save the whole file again in one encoding, CSV UTF-8");
            }
            return WINDOWS_1252;
        }
    }
}
