package dev.augur.processor.differential;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.augur.processor.AugurProcessor;
import dev.augur.processor.check.CheckContext;
import dev.augur.processor.check.CheckResult;
import dev.augur.processor.check.MarkerUse;
import dev.augur.processor.check.QueryChecker;
import dev.augur.processor.cql.Marker;
import dev.augur.processor.cql.MarkerScanner;
import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.JavaCqlTypes;
import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.schema.SchemaFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The corpus through the annotation processor, as users write it: each statement becomes a
 * {@code @Query} method of a {@code @Dao} interface, whose parameters bind its markers with the
 * Java types the markers' CQL types map to (positional markers, which {@code @Query} refuses, are
 * renamed first), and javac compiles the DAOs with Augur. Statements the checker accepts go to DAOs
 * that Augur must implement and javac compile with the generated code; the others to one DAO. The
 * errors on a method's lines are the processor's verdict on its statement.
 */
final class ProcessorPath {
  /**
   * What javac and Augur said.
   *
   * @param errors the errors on each statement's method, by the statement's index
   * @param elsewhere errors on no statement's method (in generated code, say)
   * @param generated whether Augur implemented every DAO of accepted statements, and javac compiled
   *     them
   */
  record Outcome(Map<Integer, List<String>> errors, List<String> elsewhere, boolean generated) {}

  /**
   * Methods per generated DAO: its implementation's constructor takes a prepared statement per
   * method, and a Java constructor takes at most 255 parameters.
   */
  private static final int METHODS_PER_DAO = 120;

  private ProcessorPath() {}

  static Outcome compile(List<String> statements, SchemaCatalog catalog, Path schemaFile) {
    List<Dao> accepted = new ArrayList<>();
    Dao rejected = new Dao("RejectedStatements");
    for (int i = 0; i < statements.size(); i++) {
      String cql = named(statements.get(i));
      CheckResult check = QueryChecker.check(cql, CheckContext.standalone(catalog));
      if (check.hasErrors()) {
        rejected.add(i, cql, check);
        continue;
      }
      if (accepted.isEmpty() || accepted.get(accepted.size() - 1).size() == METHODS_PER_DAO) {
        accepted.add(new Dao("AcceptedStatements" + (accepted.size() + 1)));
      }
      accepted.get(accepted.size() - 1).add(i, cql, check);
    }
    Map<Integer, List<String>> errors = new HashMap<>();
    List<String> elsewhere = new ArrayList<>();
    Compilation clean = compile(accepted, schemaFile, errors, elsewhere);
    compile(List.of(rejected), schemaFile, errors, elsewhere);
    boolean generated =
        clean.status() == Compilation.Status.SUCCESS
            && accepted.stream()
                .allMatch(
                    dao ->
                        clean.generatedSourceFiles().stream()
                            .anyMatch(f -> f.getName().endsWith("/Augur" + dao.file())));
    return new Outcome(errors, elsewhere, generated);
  }

  /** Compiles {@code daos} with Augur, and files their errors by statement. */
  private static Compilation compile(
      List<Dao> daos, Path schemaFile, Map<Integer, List<String>> errors, List<String> elsewhere) {
    Compilation compilation =
        javac()
            .withOptions(
                "-XDshould-stop.ifError=FLOW",
                "-Xmaxerrs",
                "100000",
                "-A" + SchemaFiles.OPTION + "=" + schemaFile,
                "-A" + SchemaFiles.COMPLETE_OPTION + "=true")
            .withProcessors(new AugurProcessor())
            .compile(daos.stream().map(Dao::source).toList());
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      Integer statement = null;
      for (Dao dao : daos) {
        if (error.getSource() != null && error.getSource().getName().endsWith("/" + dao.file())) {
          statement = dao.statementOn(error.getLineNumber());
        }
      }
      if (statement == null) {
        elsewhere.add(error.getSource() + ":" + error.getLineNumber() + ": " + message);
      } else {
        errors.computeIfAbsent(statement, s -> new ArrayList<>()).add(message);
      }
    }
    return compilation;
  }

  /** {@code cql} with each positional marker renamed {@code :positional<n>}. */
  static String named(String cql) {
    StringBuilder named = new StringBuilder(cql);
    List<Marker> markers = MarkerScanner.scan(cql).markers();
    for (int i = markers.size() - 1; i >= 0; i--) {
      if (markers.get(i).isPositional()) {
        int at = markers.get(i).offset();
        named.replace(at, at + 1, ":positional" + i);
      }
    }
    return named.toString();
  }

  /** A DAO interface in the making: two lines per statement, annotation and method. */
  private static final class Dao {
    private final String name;
    private final List<String> lines = new ArrayList<>();
    private final Map<Integer, Integer> statementByLine = new HashMap<>();

    Dao(String name) {
      this.name = name;
      lines.add("package test;");
      lines.add("import com.datastax.oss.driver.api.core.data.*;");
      lines.add("import dev.augur.annotations.*;");
      lines.add("import java.math.*;");
      lines.add("import java.net.InetAddress;");
      lines.add("import java.nio.ByteBuffer;");
      lines.add("import java.time.*;");
      lines.add("import java.util.*;");
      lines.add("import java.util.concurrent.CompletionStage;");
      lines.add("@Dao");
      lines.add("public interface " + name + " {");
    }

    void add(int statement, String cql, CheckResult check) {
      Map<String, CqlType> types = new HashMap<>();
      for (MarkerUse use : check.markers()) {
        types.putIfAbsent(use.marker().name(), use.type());
      }
      Map<String, String> parameters = new LinkedHashMap<>(); // Java name -> Java type
      for (Marker marker : MarkerScanner.scan(cql).markers()) {
        String internal = CqlNames.internal(marker.name());
        String parameter = marker.name().startsWith("\"") ? internal : marker.name();
        parameters.putIfAbsent(parameter, javaType(types.get(internal)));
      }
      List<String> declared = new ArrayList<>();
      parameters.forEach((parameter, type) -> declared.add(type + " " + parameter));
      statementByLine.put(lines.size() + 1, statement);
      lines.add("  @Query(\"" + cql.replace("\\", "\\\\").replace("\"", "\\\"") + "\")");
      statementByLine.put(lines.size() + 1, statement);
      lines.add(
          "  CompletionStage<Void> statement"
              + statement
              + "("
              + String.join(", ", declared)
              + ");");
    }

    int size() {
      return statementByLine.size() / 2;
    }

    String file() {
      return name + ".java";
    }

    Integer statementOn(long line) {
      return statementByLine.get((int) line);
    }

    JavaFileObject source() {
      List<String> all = new ArrayList<>(lines);
      all.add("}");
      return JavaFileObjects.forSourceLines("test." + name, all.toArray(String[]::new));
    }
  }

  /** The Java type a user would bind to a marker of {@code type}, as the driver's codecs map it. */
  static String javaType(CqlType type) {
    if (type == null || type instanceof CqlType.Unknown) {
      return "String"; // untyped: the checker has already reported why
    }
    if (type instanceof CqlType.Udt) {
      return "UdtValue";
    }
    if (type instanceof CqlType.TupleOf) {
      return "TupleValue";
    }
    if (type instanceof CqlType.ListOf list) {
      return "List<" + boxed(javaType(list.element())) + ">";
    }
    if (type instanceof CqlType.SetOf set) {
      return "Set<" + boxed(javaType(set.element())) + ">";
    }
    if (type instanceof CqlType.MapOf map) {
      return "Map<" + boxed(javaType(map.key())) + ", " + boxed(javaType(map.value())) + ">";
    }
    if (type instanceof CqlType.Vector vector) {
      return CqlType.is(vector.element(), CqlType.NativeType.FLOAT)
          ? "float[]"
          : "com.datastax.oss.driver.api.core.data.CqlVector<" + boxed(javaType(vector.element())) + ">";
    }
    return JavaCqlTypes.javaTypeFor(type);
  }

  private static String boxed(String type) {
    return switch (type) {
      case "int" -> "Integer";
      case "long" -> "Long";
      case "short" -> "Short";
      case "byte" -> "Byte";
      case "double" -> "Double";
      case "float" -> "Float";
      case "boolean" -> "Boolean";
      default -> type;
    };
  }
}
