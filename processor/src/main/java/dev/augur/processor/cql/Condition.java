package dev.augur.processor.cql;

/**
 * One condition of a lightweight transaction's IF clause: {@code c op v}, {@code c[key] op v} or
 * {@code c.field op v}.
 *
 * @param key the element key, or null
 * @param field the UDT field, or null
 */
public record Condition(
    Identifier column, Term key, Identifier field, Operator operator, Term value) {}
