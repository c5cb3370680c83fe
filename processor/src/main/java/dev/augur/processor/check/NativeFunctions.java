package dev.augur.processor.check;

import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The native functions of Cassandra 5.0 with fixed signatures, by name: time and uuid functions,
 * blob conversions, math, and the numeric aggregates. Functions whose types follow their arguments
 * ({@code count}, {@code min}, {@code toJson}, collection and masking functions) are in {@link
 * PolymorphicFunctions}.
 */
final class NativeFunctions {

  /** One signature of a function. */
  record Overload(String name, List<CqlType> arguments, CqlType returnType, boolean aggregate) {
    /** How Cassandra lists it in messages: {@code system.todate : (timeuuid) -> date}. */
    String display() {
      return name
          + " : ("
          + String.join(", ", arguments.stream().map(CqlType::cql).toList())
          + ") -> "
          + (returnType == null ? "?" : returnType.cql());
    }
  }

  /** Functions whose result differs on each call, which makes a write not idempotent. */
  static final Set<String> NON_DETERMINISTIC =
      Set.of(
          "now",
          "uuid",
          "currenttimeuuid",
          "current_timeuuid",
          "currenttimestamp",
          "current_timestamp",
          "currentdate",
          "current_date",
          "currenttime",
          "current_time");

  private static final Map<String, List<Overload>> FUNCTIONS = new HashMap<>();

  static {
    add("now", List.of(), NativeType.TIMEUUID);
    add("uuid", List.of(), NativeType.UUID);
    for (String name : List.of("currenttimeuuid", "current_timeuuid")) {
      add(name, List.of(), NativeType.TIMEUUID);
    }
    for (String name : List.of("currenttimestamp", "current_timestamp")) {
      add(name, List.of(), NativeType.TIMESTAMP);
    }
    for (String name : List.of("currentdate", "current_date")) {
      add(name, List.of(), NativeType.DATE);
    }
    for (String name : List.of("currenttime", "current_time")) {
      add(name, List.of(), NativeType.TIME);
    }
    for (String name : List.of("mintimeuuid", "min_timeuuid", "maxtimeuuid", "max_timeuuid")) {
      add(name, List.of(NativeType.TIMESTAMP), NativeType.TIMEUUID);
    }
    for (String name : List.of("todate", "to_date")) {
      add(name, List.of(NativeType.TIMEUUID), NativeType.DATE);
      add(name, List.of(NativeType.TIMESTAMP), NativeType.DATE);
    }
    for (String name : List.of("totimestamp", "to_timestamp")) {
      add(name, List.of(NativeType.TIMEUUID), NativeType.TIMESTAMP);
      add(name, List.of(NativeType.DATE), NativeType.TIMESTAMP);
    }
    for (String name : List.of("tounixtimestamp", "to_unix_timestamp")) {
      add(name, List.of(NativeType.TIMEUUID), NativeType.BIGINT);
      add(name, List.of(NativeType.TIMESTAMP), NativeType.BIGINT);
      add(name, List.of(NativeType.DATE), NativeType.BIGINT);
    }
    for (NativeType type : NativeType.values()) {
      String name = type.cqlName();
      for (String alias : type == NativeType.TEXT ? List.of(name, "varchar") : List.of(name)) {
        add(alias + "asblob", List.of(type), NativeType.BLOB);
        add(alias + "_as_blob", List.of(type), NativeType.BLOB);
        add("blobas" + alias, List.of(NativeType.BLOB), type);
        add("blob_as_" + alias, List.of(NativeType.BLOB), type);
      }
    }
    for (NativeType type : TypeRules.NUMBERS) {
      for (String name : List.of("abs", "exp", "log", "log10", "round")) {
        add(name, List.of(type), type);
      }
      for (String name : List.of("sum", "avg")) {
        FUNCTIONS
            .computeIfAbsent(name, n -> new ArrayList<>())
            .add(new Overload("system." + name, List.of(CqlType.of(type)), CqlType.of(type), true));
      }
    }
  }

  private NativeFunctions() {}

  private static void add(String name, List<NativeType> arguments, NativeType returnType) {
    FUNCTIONS
        .computeIfAbsent(name, n -> new ArrayList<>())
        .add(
            new Overload(
                "system." + name,
                arguments.stream().map(CqlType::of).toList(),
                CqlType.of(returnType),
                false));
  }

  /** The names of all native functions, for suggestions. */
  static Set<String> names() {
    Set<String> names = new TreeSet<>(FUNCTIONS.keySet());
    names.addAll(
        List.of("count", "min", "max", "tojson", "fromjson", "token", "map_keys", "map_values"));
    return names;
  }

  /** The overloads of the native function {@code name} (folded), or an empty list. */
  static List<Overload> overloads(String name) {
    return FUNCTIONS.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }
}
