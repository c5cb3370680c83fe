package dev.augur.release;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** The artifacts a release deploys, as the build declares them (property augur.deployed). */
final class DeployedSet {
  private DeployedSet() {}

  static Set<String> fromBuild() {
    String declared = System.getProperty("augur.deployed");
    if (declared == null || declared.isBlank()) {
      throw new IllegalStateException("run through Maven: augur.deployed is not set");
    }
    return new TreeSet<>(Arrays.asList(declared.trim().split("\\s*,\\s*")));
  }
}
