package dev.augur.it.mapping;

public enum Tier {
  FREE,
  PRO,
  ENTERPRISE
}
