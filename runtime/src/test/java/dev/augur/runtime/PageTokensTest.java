package dev.augur.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.detach.AttachmentPoint;
import com.datastax.oss.driver.internal.core.cql.DefaultPagingState;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Page tokens round-trip, are URL-safe, and reject what is not theirs. */
class PageTokensTest {
  private static final SimpleStatement QUERY = SimpleStatement.newInstance("SELECT * FROM t");
  private static final SimpleStatement OTHER = SimpleStatement.newInstance("SELECT * FROM u");
  private static final ByteBuffer RAW =
      ByteBuffer.wrap("partition-and-clustering-position".getBytes(StandardCharsets.UTF_8));
  private final PageTokens tokens = new PageTokens(null);

  private String token() {
    return tokens.encode(new DefaultPagingState(RAW, QUERY, AttachmentPoint.NONE));
  }

  @Test
  void aTokenRoundTripsToTheRawPagingState() {
    String token = token();
    assertThat(token).matches("[A-Za-z0-9_-]+");
    assertThat(tokens.decode("T.m", token, QUERY, null)).isEqualTo(RAW);
  }

  @Test
  void aTokenOfAnotherQueryIsRejected() {
    assertThatThrownBy(() -> tokens.decode("T.m", token(), OTHER, null))
        .isInstanceOf(InvalidPageTokenException.class)
        .hasMessageContaining("T.m: the page token belongs to another query");
  }

  @Test
  void everySingleAlteredByteIsRejected() {
    byte[] bytes = Base64.getUrlDecoder().decode(token());
    for (int i = 0; i < bytes.length; i++) {
      byte[] altered = bytes.clone();
      altered[i] ^= 0x01;
      String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
      assertThatThrownBy(() -> tokens.decode("T.m", tampered, QUERY, null))
          .as("byte %d altered", i)
          .isInstanceOf(InvalidPageTokenException.class)
          .hasMessageContaining("not a valid page token");
    }
  }

  @Test
  void garbageAndTruncationAreRejectedClearly() {
    assertThatThrownBy(() -> tokens.decode("T.m", "not base64!", QUERY, null))
        .isInstanceOf(InvalidPageTokenException.class)
        .hasMessageContaining("not URL-safe base64");
    assertThatThrownBy(() -> tokens.decode("T.m", "AQID", QUERY, null))
        .isInstanceOf(InvalidPageTokenException.class)
        .hasMessageContaining("too short");
    String token = token();
    assertThatThrownBy(
            () -> tokens.decode("T.m", token.substring(0, token.length() - 4), QUERY, null))
        .isInstanceOf(InvalidPageTokenException.class)
        .hasMessageContaining("signature does not match");
  }

  @Test
  void aSecretKeyedTokenIsRejectedUnderAnotherKey() {
    PageTokens signed = new PageTokens("s3cret".getBytes(StandardCharsets.UTF_8));
    String token = signed.encode(new DefaultPagingState(RAW, QUERY, AttachmentPoint.NONE));
    assertThat(signed.decode("T.m", token, QUERY, null)).isEqualTo(RAW);
    assertThatThrownBy(() -> tokens.decode("T.m", token, QUERY, null))
        .isInstanceOf(InvalidPageTokenException.class)
        .hasMessageContaining("signed with another pageTokenSecret");
  }

  @Test
  void pageRequestsValidateTheirSize() {
    assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(PageRequest.of(10, "").token()).isEmpty();
    assertThat(PageRequest.of(10, null)).isEqualTo(PageRequest.first(10));
  }
}
