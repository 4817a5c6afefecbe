package org.shequ.server.table;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The text of an uploaded CSV file. A UTF-8 byte-order mark settles the encoding whatever else is
 * said; otherwise the encoding the caller named, else UTF-8 when the bytes are valid UTF-8, else
 * the fallback (GBK or GB18030: what Excel writes on a Chinese Windows).
 */
public final class TextEncodings {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextEncodings() {}

  /** The decoded text, without a byte-order mark, and the encoding it was read in. */
  public record Decoded(String text, Charset charset) {}

  /**
   * Decodes {@code bytes}; {@code named} may be null (detect), {@code fallback} is tried after
   * UTF-8. Throws {@link TableException} when no candidate decodes every byte.
   */
  public static Decoded decode(byte[] bytes, Charset named, Charset fallback) {
    boolean bom = Arrays.equals(bytes, 0, Math.min(3, bytes.length), UTF8_BOM, 0, 3);
    List<Charset> tries =
        bom
            ? List.of(StandardCharsets.UTF_8)
            : named != null ? List.of(named) : List.of(StandardCharsets.UTF_8, fallback);
    for (Charset charset : tries) {
      String text = strictly(bytes, charset);
      if (text != null) {
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, charset);
      }
    }
    throw named == null || bom
        ? new TableException(
            TableException.Reason.UNKNOWN_ENCODING, "neither UTF-8 nor " + fallback)
        : new TableException(TableException.Reason.NOT_IN_CHARSET, "not " + named.name());
  }

  /** The text {@code bytes} encode in {@code charset}, or null when they are not valid in it. */
  private static String strictly(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
