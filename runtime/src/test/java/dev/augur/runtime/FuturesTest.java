package dev.augur.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FuturesTest {

  @Test
  void unwrapsNestedFutureWrappersDownToTheCause() {
    IllegalStateException cause = new IllegalStateException("driver said no");

    assertThat(Futures.unwrap(new CompletionException(new ExecutionException(cause))))
        .isSameAs(cause);
  }

  @Test
  void leavesOtherExceptionsAlone() {
    IllegalStateException plain = new IllegalStateException("plain");
    CompletionException empty = new CompletionException("no cause", null);

    assertThat(Futures.unwrap(plain)).isSameAs(plain);
    assertThat(Futures.unwrap(empty)).isSameAs(empty);
  }
}
