package dev.augur.processor.schema;

import java.util.List;

/**
 * A user-defined function or aggregate from a schema file.
 *
 * @param keyspace its keyspace, or empty for the session's
 * @param name its name
 * @param arguments its argument types
 * @param returnType its return type, or null when the file does not say (aggregates)
 */
public record FunctionSchema(
    String keyspace, String name, List<CqlType> arguments, CqlType returnType) {
  public FunctionSchema {
    arguments = List.copyOf(arguments);
  }
}
