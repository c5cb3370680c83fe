package dev.augur.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.augur.runtime.DaoCreationException;
import dev.augur.spring.app.NoteApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** A DAO that cannot be created fails startup, with Augur's message. */
class DaoStartupFailureTest {
  @Test
  void failsStartupWithAugursMessage() {
    Throwable failure =
        catchThrowable(
            () ->
                new SpringApplicationBuilder(NoteApplication.class)
                    .properties(TestCassandra.properties("augur_spring_broken"))
                    .properties("augur.packages=dev.augur.spring.broken")
                    .run()
                    .close());

    assertThat(failure).isNotNull();
    AugurStartupException startup = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AugurStartupException s) {
        startup = s;
      }
    }
    assertThat(startup).as("AugurStartupException in %s", failure).isNotNull();
    assertThat(startup.getCause()).isInstanceOf(DaoCreationException.class);
    assertThat(startup.getMessage())
        .contains("1 of Augur's DAOs could not be created")
        .contains("MissingDao")
        .contains("no_such_table")
        .contains(startup.getCause().getMessage());
    assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isNotNull();
  }
}
