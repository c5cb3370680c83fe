package dev.augur.it.mapping;

public enum Status {
  PROSPECT,
  ACTIVE,
  SUSPENDED
}
