package dev.augur.processor.check;

import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import java.util.List;
import java.util.Set;

/**
 * Native functions whose types follow their arguments: the generic aggregates, JSON, collection,
 * masking and vector similarity functions. Cassandra builds one for the argument types of each
 * call, so those types must be known: a bare marker argument makes the call ambiguous.
 */
final class PolymorphicFunctions {

  /** The result of a call: its type, or why the arguments do not suit the function. */
  record Result(CqlType type, String error) {
    static Result of(CqlType type) {
      return new Result(type, null);
    }

    static Result error(String error) {
      return new Result(null, error);
    }
  }

  private static final Set<String> NAMES =
      Set.of(
          "count",
          "min",
          "max",
          "tojson",
          "to_json",
          "fromjson",
          "from_json",
          "map_keys",
          "map_values",
          "collection_count",
          "collection_min",
          "collection_max",
          "collection_sum",
          "collection_avg",
          "mask_null",
          "mask_default",
          "mask_replace",
          "mask_inner",
          "mask_outer",
          "mask_hash",
          "similarity_cosine",
          "similarity_euclidean",
          "similarity_dot_product");

  private PolymorphicFunctions() {}

  static boolean has(String name) {
    return NAMES.contains(name);
  }

  static boolean isAggregate(String name) {
    return name.equals("count") || name.equals("min") || name.equals("max");
  }

  static boolean isFromJson(String name) {
    return name.equals("fromjson") || name.equals("from_json");
  }

  /** The call's result for arguments of {@code types}, all known. */
  static Result apply(String name, List<CqlType> types) {
    int count = types.size();
    CqlType first = count > 0 ? types.get(0) : null;
    switch (name) {
      case "count":
        return arity(name, count, 1, 1, CqlType.of(NativeType.BIGINT));
      case "min", "max", "mask_null", "mask_default":
        return arity(name, count, 1, 1, first);
      case "tojson", "to_json":
        return arity(name, count, 1, 1, CqlType.of(NativeType.TEXT));
      case "fromjson", "from_json":
        return Result.error(
            "fromjson() cannot be used in the selection clause of a SELECT statement");
      case "map_keys", "map_values":
        if (count != 1 || !(first instanceof CqlType.MapOf map)) {
          return requires(name, "a map", types);
        }
        return Result.of(
            name.equals("map_keys")
                ? new CqlType.SetOf(map.key(), false)
                : new CqlType.ListOf(map.value(), false));
      case "collection_count":
        return count == 1 && TypeRules.isCollection(first)
            ? Result.of(CqlType.of(NativeType.INT))
            : requires(name, "a collection", types);
      case "collection_min", "collection_max", "collection_sum", "collection_avg":
        return collectionAggregate(name, types);
      case "mask_replace":
        return arity(name, count, 2, 2, first);
      case "mask_inner", "mask_outer":
        return arity(name, count, 3, 4, first);
      case "mask_hash":
        return arity(name, count, 1, 2, CqlType.of(NativeType.BLOB));
      default:
        return similarity(name, types);
    }
  }

  private static Result collectionAggregate(String name, List<CqlType> types) {
    CqlType element = null;
    if (types.size() == 1 && types.get(0) instanceof CqlType.ListOf list) {
      element = list.element();
    } else if (types.size() == 1 && types.get(0) instanceof CqlType.SetOf set) {
      element = set.element();
    }
    boolean numeric = name.endsWith("_sum") || name.endsWith("_avg");
    if (element == null || (numeric && !TypeRules.isNumber(element))) {
      return requires(name, numeric ? "a numeric set/list" : "a set/list", types);
    }
    return Result.of(element);
  }

  private static Result similarity(String name, List<CqlType> types) {
    boolean vectors =
        types.size() == 2
            && types.get(0) instanceof CqlType.Vector a
            && types.get(1) instanceof CqlType.Vector b
            && a.dimension() == b.dimension()
            && CqlType.is(a.element(), NativeType.FLOAT);
    return vectors
        ? Result.of(CqlType.of(NativeType.FLOAT))
        : requires(name, "two float vectors of the same dimension", types);
  }

  private static Result arity(String name, int count, int min, int max, CqlType result) {
    if (count < min || count > max) {
      return Result.error(
          "system."
              + name
              + " takes "
              + (min == max ? min : min + " to " + max)
              + " arguments, not "
              + count);
    }
    return Result.of(result);
  }

  private static Result requires(String name, String what, List<CqlType> types) {
    return Result.error(
        "system."
            + name
            + " requires "
            + what
            + " argument, but found "
            + String.join(", ", types.stream().map(CqlType::cql).toList()));
  }
}
