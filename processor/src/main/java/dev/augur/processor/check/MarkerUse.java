package dev.augur.processor.check;

import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.CqlType;

/**
 * A bind marker and the type its position gives it, which the bound parameter must have.
 *
 * @param marker the marker
 * @param type the CQL type Cassandra gives it
 * @param receiver what the value goes to, for messages: "column age", "the LIMIT", ...
 */
public record MarkerUse(Term.Marker marker, CqlType type, String receiver) {}
