package dev.augur.bench.impl;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The ANN workload, implemented three ways over the same driver session: {@link RawAnnStore},
 * {@link AugurAnnStore} and {@link DriverMapperAnnStore}. Each is made with the same query vectors
 * and holds them in its own API's form, so that what is measured is running one query: binding
 * the vector, executing, and reading the ten rows into objects of its own row type {@code R}.
 */
public interface AnnStore<R> {
  /** A short name for tables of figures: {@code raw}, {@code augur}, {@code mapper}. */
  String name();

  /** The ten rows nearest to query vector {@code query}, most similar first. */
  CompletionStage<List<R>> nearest(int query);

  /** The id of {@code row}, for the check that all three return the same rows. */
  int id(R row);

  /** The vector of {@code row}, for the same check. */
  float[] vector(R row);
}
