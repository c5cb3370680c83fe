package dev.augur.processor.cql;

/**
 * What a DELETE removes from a row: a column, a collection element {@code c[key]}, or a UDT field
 * {@code c.field}.
 */
public record Deletion(Identifier column, Term key, Identifier field) {}
