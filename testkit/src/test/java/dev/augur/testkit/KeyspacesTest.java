package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyspacesTest {

  /** A deliberately long name, to check truncation. */
  static final class AVeryLongTestClassNameThatGoesOnAndOnWellPastTheCassandraLimitIT {}

  @Test
  void namesAreValidLowercaseAndStable() {
    String name = Keyspaces.nameFor(KeyspacesTest.class);

    assertThat(name).matches("keyspacestest_[0-9a-f]{8}");
    assertThat(Keyspaces.nameFor(KeyspacesTest.class)).isEqualTo(name);
  }

  @Test
  void longNamesAreTruncatedToCassandrasLimit() {
    String name =
        Keyspaces.nameFor(AVeryLongTestClassNameThatGoesOnAndOnWellPastTheCassandraLimitIT.class);

    assertThat(name).hasSize(Keyspaces.MAX_NAME_LENGTH).matches("[a-z][a-z0-9_]*");
  }

  @Test
  void sameSimpleNameInAnotherPackageDiffers() {
    assertThat(Keyspaces.nameFor(java.util.List.class))
        .isNotEqualTo(Keyspaces.nameFor(java.awt.List.class));
  }

  @Test
  void rejectsNamesCassandraWouldRejectBeforeSendingThem() {
    assertThatThrownBy(() -> Keyspaces.createSimple(null, "1abc"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Keyspaces.createSimple(null, "a-b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Keyspaces.createSimple(null, "a".repeat(49)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("48");
  }
}
