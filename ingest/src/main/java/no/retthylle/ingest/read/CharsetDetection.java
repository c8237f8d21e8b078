package no.retthylle.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a record file's bytes are text: UTF-8 when every byte sequence decodes
 * strictly as UTF-8 (a BOM is valid UTF-8 and is stripped later by the reader), otherwise
 * Windows-1252, the encoding Excel on Norwegian Windows writes. Pure ASCII counts as UTF-8,
 * which reads the same. The stream is read to its end in small chunks, never held whole.
 */
public final class CharsetDetection {

    /** Windows-1252 (cp1252), the fallback. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetDetection() {
    }

    /** Reads {@code bytes} to the end (without closing it) and names its encoding. */
    public static Charset detect(InputStream bytes) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new InputStreamReader(bytes, strict);
        char[] chunk = new char[8192];
        try {
            while (reader.read(chunk) != -1) {
                // only decodability matters
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }
}
