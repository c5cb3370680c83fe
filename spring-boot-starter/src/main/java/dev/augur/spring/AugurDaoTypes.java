package dev.augur.spring;

import java.util.List;

/** What the scan found: the packages, the {@code @Dao} interfaces, and how to load more. */
record AugurDaoTypes(List<String> packages, List<Class<?>> daos, AugurScanner scanner) {
  static final String BEAN_NAME = "dev.augur.spring.AugurDaoTypes";
}
