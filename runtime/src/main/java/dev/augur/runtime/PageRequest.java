package dev.augur.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a query to read, and how many rows it holds: the first page, or the page after the
 * one whose {@link Page#nextToken() token} is given. What a web API receives as {@code
 * ?size=50&token=...}. Immutable.
 *
 * <pre>{@code
 * orders.byCustomer(customerId, PageRequest.of(50, request.queryParam("token")))
 *     .thenApply(page -> new Response(page.rows(), page.nextToken().orElse(null)));
 * }</pre>
 */
public final class PageRequest {
  private final int size;
  private final String token;

  private PageRequest(int size, String token) {
    if (size <= 0) {
      throw new IllegalArgumentException("page size must be positive, got " + size);
    }
    this.size = size;
    this.token = token == null || token.isEmpty() ? null : token;
  }

  /** The first page, of at most {@code size} rows. */
  public static PageRequest first(int size) {
    return new PageRequest(size, null);
  }

  /**
   * The page that {@code token} points to, of at most {@code size} rows; a null or empty token
   * means the first page. The token is checked when the query runs: one that was altered, or that
   * another query returned, fails the stage with an {@link InvalidPageTokenException}.
   */
  public static PageRequest of(int size, String token) {
    return new PageRequest(size, token);
  }

  /** The page after {@code page}, of the same size as this request. */
  public PageRequest after(Page<?> page) {
    Objects.requireNonNull(page, "page");
    return new PageRequest(
        size,
        page.nextToken()
            .orElseThrow(
                () -> new IllegalArgumentException("the page is the last one; it has no next")));
  }

  /** At most this many rows per page. */
  public int size() {
    return size;
  }

  /** The token of the page to read, or empty for the first page. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PageRequest that
        && size == that.size
        && Objects.equals(token, that.token);
  }

  @Override
  public int hashCode() {
    return 31 * size + Objects.hashCode(token);
  }

  @Override
  public String toString() {
    return "PageRequest[size=" + size + (token == null ? ", first" : ", token=" + token) + "]";
  }
}
