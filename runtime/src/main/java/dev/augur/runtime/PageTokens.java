package dev.augur.runtime;

import com.datastax.oss.driver.api.core.cql.PagingState;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.session.Session;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes and reads the opaque tokens of {@link Page}s: URL-safe base64 (no padding) of a format
 * byte, the driver's safe paging state, and an HMAC-SHA256 tag (16 bytes) over both.
 *
 * <p>Two checks guard a token: the tag rejects one that was altered, truncated or never written by
 * Augur; the driver's paging state carries a hash of the statement's CQL and bound values, so
 * {@link PagingState#matches} rejects a genuine token presented to another query, or to the same
 * query with other parameters. Without a secret the tag's key is a public constant, which catches
 * corruption and misuse but not a deliberate forger; a configured secret catches that too.
 */
final class PageTokens {
  private static final byte FORMAT = 1;
  private static final int TAG_BYTES = 16;
  private static final byte[] DEFAULT_KEY = "augur-page-token".getBytes(StandardCharsets.US_ASCII);
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  PageTokens(byte[] secret) {
    this.key = new SecretKeySpec(secret == null ? DEFAULT_KEY : secret, "HmacSHA256");
  }

  /** The token for the page after the one {@code state} was returned with. */
  String encode(PagingState state) {
    byte[] body = state.toBytes();
    byte[] token = new byte[1 + body.length + TAG_BYTES];
    token[0] = FORMAT;
    System.arraycopy(body, 0, token, 1, body.length);
    System.arraycopy(tag(token, 1 + body.length), 0, token, 1 + body.length, TAG_BYTES);
    return ENCODER.encodeToString(token);
  }

  /**
   * The raw paging state {@code token} stands for, checked to belong to {@code statement}.
   *
   * @param method {@code Dao.method}, for messages
   * @throws InvalidPageTokenException if the token is malformed, altered, or for another statement
   */
  ByteBuffer decode(String method, String token, Statement<?> statement, Session session) {
    byte[] bytes;
    try {
      bytes = DECODER.decode(token);
    } catch (IllegalArgumentException e) {
      throw invalid(method, "it is not URL-safe base64", e);
    }
    if (bytes.length < 1 + TAG_BYTES + 4) {
      throw invalid(method, "it is too short to be one", null);
    }
    if (bytes[0] != FORMAT) {
      throw invalid(method, "it has an unknown format (" + bytes[0] + ")", null);
    }
    int bodyEnd = bytes.length - TAG_BYTES;
    byte[] expected = tag(bytes, bodyEnd);
    if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, bodyEnd, bytes.length))) {
      throw invalid(
          method,
          "its signature does not match: it was altered or truncated, or signed with another"
              + " pageTokenSecret",
          null);
    }
    PagingState state;
    try {
      state = PagingState.fromBytes(Arrays.copyOfRange(bytes, 1, bodyEnd));
    } catch (RuntimeException e) {
      throw invalid(method, "its paging state cannot be read", e);
    }
    boolean matches;
    try {
      matches = state.matches(statement, session);
    } catch (RuntimeException e) {
      matches = false;
    }
    if (!matches) {
      throw new InvalidPageTokenException(
          method
              + ": the page token belongs to another query, or to this query with other parameter"
              + " values; a token only continues the query and parameters that returned it. Start"
              + " again from the first page (a PageRequest without a token).");
    }
    return state.getRawPagingState();
  }

  private byte[] tag(byte[] bytes, int length) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(bytes, 0, length);
      return Arrays.copyOf(mac.doFinal(), TAG_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  private static InvalidPageTokenException invalid(String method, String why, Throwable cause) {
    return new InvalidPageTokenException(
        method
            + ": not a valid page token for this query: "
            + why
            + ". Pass the token of a Page this query returned, unchanged, or none for the first"
            + " page.",
        cause);
  }
}
