package no.retthylle.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectionTest {

    // "navn;sted\nÆrlig;Tromsø å\n" written byte by byte. Windows-1252: Æ = C6, ø = F8, å = E5.
    private static final byte[] WINDOWS_1252_BYTES = {
        'n', 'a', 'v', 'n', ';', 's', 't', 'e', 'd', '\n',
        (byte) 0xC6, 'r', 'l', 'i', 'g', ';', 'T', 'r', 'o', 'm', 's', (byte) 0xF8, ' ', (byte) 0xE5, '\n'};
    // The same text in UTF-8 after a BOM (EF BB BF): Æ = C3 86, ø = C3 B8, å = C3 A5.
    private static final byte[] UTF8_BOM_BYTES = {
        (byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
        'n', 'a', 'v', 'n', ';', 's', 't', 'e', 'd', '\n',
        (byte) 0xC3, (byte) 0x86, 'r', 'l', 'i', 'g', ';', 'T', 'r', 'o', 'm', 's', (byte) 0xC3, (byte) 0xB8, ' ',
        (byte) 0xC3, (byte) 0xA5, '\n'};

    private static Charset detect(byte[] bytes) throws Exception {
        return CharsetDetection.detect(new ByteArrayInputStream(bytes));
    }

    private static SourceRow firstRow(byte[] bytes, Charset charset) throws Exception {
        return CsvRowSource.open(new InputStreamReader(new ByteArrayInputStream(bytes), charset)).next().orElseThrow();
    }

    @Test
    void bytesThatAreNotUtf8AreWindows1252() throws Exception {
        assertEquals(CharsetDetection.WINDOWS_1252, detect(WINDOWS_1252_BYTES));
    }

    @Test
    void utf8WithByteOrderMarkIsUtf8() throws Exception {
        assertEquals(StandardCharsets.UTF_8, detect(UTF8_BOM_BYTES));
    }

    @Test
    void plainAsciiIsUtf8() throws Exception {
        assertEquals(StandardCharsets.UTF_8, detect("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void norwegianLettersSurviveWindows1252() throws Exception {
        SourceRow row = firstRow(WINDOWS_1252_BYTES, detect(WINDOWS_1252_BYTES));
        assertEquals("\u00C6rlig", row.cell(0));
        assertEquals("Troms\u00F8 \u00E5", row.cell(1));
    }

    @Test
    void norwegianLettersSurviveUtf8AndTheBomIsGone() throws Exception {
        CsvRowSource source = CsvRowSource.open(new InputStreamReader(new ByteArrayInputStream(UTF8_BOM_BYTES),
                detect(UTF8_BOM_BYTES)));
        assertEquals("navn", source.header().get(0));
        SourceRow row = source.next().orElseThrow();
        assertEquals("\u00C6rlig", row.cell(0));
        assertEquals("Troms\u00F8 \u00E5", row.cell(1));
    }
}
