package dev.augur.bench.model;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.mapper.annotations.DaoFactory;
import com.datastax.oss.driver.api.mapper.annotations.DaoKeyspace;
import com.datastax.oss.driver.api.mapper.annotations.Mapper;

/** The driver mapper's entry point; its processor generates {@code DriverMapperBuilder}. */
@Mapper
public interface DriverMapper {
  @DaoFactory
  DriverItemDao itemDao(@DaoKeyspace CqlIdentifier keyspace);

  @DaoFactory
  DriverEmbeddingDao embeddingDao(@DaoKeyspace CqlIdentifier keyspace);
}
