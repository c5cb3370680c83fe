package dev.augur.processor.model;

/**
 * A method parameter bound to the markers of the same name.
 *
 * @param name the Java parameter name
 * @param marker the marker's name as written in the CQL, which is also its CQL identifier
 * @param type how the value is bound
 */
public record ParameterModel(String name, String marker, MappedType type) {}
