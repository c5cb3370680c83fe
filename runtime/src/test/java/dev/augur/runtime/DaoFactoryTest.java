package dev.augur.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DaoFactoryTest {

  @Test
  void completesWithTheDaoOnceEveryStatementIsReady() throws Exception {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> second = new CompletableFuture<>();

    CompletableFuture<String> dao =
        DaoFactory.whenPrepared(() -> first.join() + second.join(), first, second)
            .toCompletableFuture();
    first.complete("a");
    assertThat(dao).isNotDone();
    second.complete("b");

    assertThat(dao.get(1, TimeUnit.SECONDS)).isEqualTo("ab");
  }

  @Test
  void failsWithTheFirstFailureItselfAndTheOthersSuppressed() {
    DaoCreationException missing = new DaoCreationException("Dao.missing: cannot prepare", null);
    DaoCreationException mismatch = new DaoCreationException("Dao.mismatch: wrong type", null);
    CompletableFuture<String> ok = CompletableFuture.completedFuture("ok");
    CompletableFuture<String> failed = new CompletableFuture<>();
    CompletableFuture<String> alsoFailed = new CompletableFuture<>();
    failed.completeExceptionally(missing);
    alsoFailed.completeExceptionally(new CompletionException(mismatch));

    Throwable error =
        DaoFactory.whenPrepared(() -> "dao", ok, failed, alsoFailed)
            .handle((value, t) -> t)
            .toCompletableFuture()
            .join();

    assertThat(error).isSameAs(missing);
    assertThat(error.getSuppressed()).containsExactly(mismatch);
  }

  @Test
  void aDaoWithoutStatementsIsReadyAtOnce() {
    assertThat(DaoFactory.whenPrepared(() -> "empty").toCompletableFuture().join())
        .isEqualTo("empty");
  }
}
