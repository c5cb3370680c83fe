package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.assertErrorsTagged;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static dev.augur.processor.diagnostics.AugurCompiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors on {@code @Table} types: one bad entity per rule, and where each error points. */
class EntityDiagnosticsTest {

  @Test
  void tableOnInterfacePointsAtTheAnnotation() {
    JavaFileObject thing =
        source(
            "test.Thing",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "interface Thing {}");

    Compilation compilation = compile(thing);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-TABLE-KIND] @Table goes on a class or a record; Thing is an interface.")
        .inFile(thing)
        .onLineContaining("@Table");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void tableOnEnumNamesTheKind() {
    JavaFileObject color =
        source(
            "test.Color",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "enum Color { RED }");

    Compilation compilation = compile(color);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-TABLE-KIND] @Table goes on a class or a record; Color is an enum.")
        .inFile(color)
        .onLineContaining("@Table");
  }

  @Test
  void innerClassIsRejected() {
    JavaFileObject outer =
        source(
            "test.Outer",
            "package test;",
            "import dev.augur.annotations.*;",
            "class Outer {",
            "  @Table",
            "  class Inner {",
            "    @PartitionKey int id;",
            "    Inner(int id) { this.id = id; }",
            "  }",
            "}");

    Compilation compilation = compile(outer);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TABLE-NESTING] Inner is an inner class")
        .inFile(outer)
        .onLineContaining("class Inner");
    assertThat(compilation).hadErrorContaining("Make it static, or a top-level class.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateNestedClassIsRejected() {
    JavaFileObject outer =
        source(
            "test.Outer",
            "package test;",
            "import dev.augur.annotations.*;",
            "class Outer {",
            "  @Table",
            "  private static class Hidden {",
            "    @PartitionKey int id;",
            "    Hidden(int id) { this.id = id; }",
            "  }",
            "}");

    Compilation compilation = compile(outer);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-TABLE-PRIVATE] Hidden is private, so the generated mapper cannot create it. "
                + "Make it package-private or public.")
        .inFile(outer)
        .onLineContaining("private static class Hidden");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void genericClassIsRejected() {
    JavaFileObject box =
        source(
            "test.Box",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "class Box<T> {",
            "  @PartitionKey int id;",
            "  Box(int id) { this.id = id; }",
            "}");

    Compilation compilation = compile(box);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TABLE-GENERIC] Box has type parameters")
        .inFile(box)
        .onLineContaining("class Box<T>");
    assertThat(compilation).hadErrorContaining("Remove the type parameters.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void entityWithoutPartitionKeyIsRejected() {
    JavaFileObject note =
        source(
            "test.Note",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record Note(String text) {}");

    Compilation compilation = compile(note);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-NO-PK] Note has no @PartitionKey: every Cassandra table needs a partition key.")
        .inFile(note)
        .onLineContaining("record Note");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void gapInPartitionKeyPositionsIsRejected() {
    JavaFileObject reading =
        source(
            "test.Reading",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record Reading(",
            "    @PartitionKey(0) String sensor,",
            "    @PartitionKey(2) int day) {}");

    Compilation compilation = compile(reading);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-KEY-POSITIONS] the partition key columns of Reading are at positions sensor=0,"
                + " day=2; positions must be 0, 1, 2, ... with neither gaps nor repeats. Number"
                + " them @PartitionKey(0), @PartitionKey(1), ...")
        .inFile(reading)
        .onLineContaining("record Reading(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void repeatedClusteringPositionIsRejected() {
    JavaFileObject reading =
        source(
            "test.Reading",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record Reading(",
            "    @PartitionKey String sensor,",
            "    @ClusteringColumn(0) long day,",
            "    @ClusteringColumn(0) long hour) {}");

    Compilation compilation = compile(reading);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-KEY-POSITIONS] the clustering columns of Reading are at positions day=0,"
                + " hour=0;")
        .inFile(reading)
        .onLineContaining("record Reading(");
    assertThat(compilation)
        .hadErrorContaining("Number them @ClusteringColumn(0), @ClusteringColumn(1), ...");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void columnInPartitionKeyAndClusteringIsRejected() {
    JavaFileObject conflict =
        source(
            "test.Conflict",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record Conflict(",
            "    @PartitionKey @ClusteringColumn int id,",
            "    String name) {}");

    Compilation compilation = compile(conflict);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-KEY-CONFLICT] id is annotated both @PartitionKey and @ClusteringColumn;")
        .inFile(conflict)
        .onLineContaining("int id");
    assertThat(compilation).hadErrorContaining("Keep one.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void transientFieldWithColumnIsRejected() {
    JavaFileObject cached =
        source(
            "test.Cached",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "class Cached {",
            "  @PartitionKey int id;",
            "  @Transient @Column(\"cache\") String cache;",
            "  Cached(int id) { this.id = id; }",
            "}");

    Compilation compilation = compile(cached);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-TRANSIENT-KEY] cache is @Transient but also a key or @Column; "
                + "a transient field is not mapped at all. Remove one of the annotations.")
        .inFile(cached)
        .onLineContaining("String cache");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void transientRecordComponentIsRejected() {
    JavaFileObject visit =
        source(
            "test.Visit",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record Visit(",
            "    @PartitionKey int id,",
            "    @Transient String note) {}");

    Compilation compilation = compile(visit);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TRANSIENT-RECORD] record component note is @Transient")
        .inFile(visit)
        .onLineContaining("String note");
    assertThat(compilation)
        .hadErrorContaining("Remove @Transient, or move the value out of the record.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoFieldsOnOneColumnAreRejectedOnTheSecond() {
    // userId maps to user_id by default; unquoted CQL names are case-insensitive.
    JavaFileObject account =
        source(
            "test.Account",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record Account(",
            "    @PartitionKey int userId,",
            "    @Column(\"USER_ID\") int other) {}");

    Compilation compilation = compile(account);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-DUPLICATE-COLUMN] userId and other both map to column USER_ID. "
                + "Give one of them another name with @Column.")
        .inFile(account)
        .onLineContaining("int other");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void invalidColumnNamePointsAtTheAnnotation() {
    JavaFileObject person =
        source(
            "test.Person",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record Person(",
            "    @PartitionKey int id,",
            "    @Column(\"first name\")",
            "    String firstName) {}");

    Compilation compilation = compile(person);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-COLUMN-NAME] @Column(\"first name\") is not a valid CQL column name:")
        .inFile(person)
        .onLineContaining("@Column(\"first name\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void invalidTableAndKeyspaceNamesPointAtTheirValues() {
    JavaFileObject order =
        source(
            "test.Order",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table(",
            "    value = \"order-lines\",",
            "    keyspace = \"my shop\")",
            "record Order(@PartitionKey int id) {}");

    Compilation compilation = compile(order);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TABLE-NAME] \"order-lines\" is not a valid CQL table name:")
        .inFile(order)
        .onLineContaining("value = \"order-lines\"");
    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TABLE-NAME] \"my shop\" is not a valid CQL keyspace name:")
        .inFile(order)
        .onLineContaining("keyspace = \"my shop\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void tableNameLongerThan48CharactersIsRejected() {
    String name = "t" + "0".repeat(48);
    JavaFileObject wide =
        source(
            "test.Wide",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table(\"" + name + "\")",
            "record Wide(@PartitionKey int id) {}");

    Compilation compilation = compile(wide);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TABLE-NAME] \"" + name + "\" is not a valid CQL table name")
        .inFile(wide)
        .onLineContaining("@Table");
    assertThat(compilation).hadErrorContaining("(at most 48 characters)");
  }

  @Test
  void entityWithOnlyTransientFieldsIsRejected() {
    JavaFileObject empty =
        source(
            "test.Empty",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "class Empty {",
            "  @Transient String scratch;",
            "}");

    Compilation compilation = compile(empty);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-NO-COLUMNS] Empty maps no columns. Add fields, or remove @Transient from some.")
        .inFile(empty)
        .onLineContaining("class Empty");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void everyUnmappableFieldIsReportedAtOnce() {
    JavaFileObject event =
        source(
            "test.Event",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record Event(",
            "    @PartitionKey int id,",
            "    java.util.Date createdAt,",
            "    char initial,",
            "    Object payload) {}");

    Compilation compilation = compile(event);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-TYPE] createdAt has type java.util.Date, which Augur cannot map to a CQL type. "
                + "Use one of: int, long,")
        .inFile(event)
        .onLineContaining("java.util.Date createdAt");
    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TYPE] initial has type char,")
        .inFile(event)
        .onLineContaining("char initial");
    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TYPE] payload has type java.lang.Object,")
        .inFile(event)
        .onLineContaining("Object payload");
    assertThat(compilation).hadErrorContaining("Instant, LocalDate,");
    assertThat(compilation).hadErrorContaining("; or List, Set, Map of those.");
    assertErrorsTagged(compilation, "[AUGUR-TYPE]", 3);
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void typeVariablesOfGenericSuperclassesTakeTheEntitysArguments() {
    JavaFileObject base =
        source(
            "test.Versioned",
            "package test;",
            "public abstract class Versioned<T> {",
            "  private T payload;",
            "  private java.util.List<T> history;",
            "  public T getPayload() { return payload; }",
            "  public void setPayload(T payload) { this.payload = payload; }",
            "  public java.util.List<T> getHistory() { return history; }",
            "  public void setHistory(java.util.List<T> history) { this.history = history; }",
            "}");
    JavaFileObject middle =
        source(
            "test.Keyed",
            "package test;",
            "import dev.augur.annotations.*;",
            "public abstract class Keyed<K, V> extends Versioned<V> {",
            "  @PartitionKey private K id;",
            "  public K getId() { return id; }",
            "  public void setId(K id) { this.id = id; }",
            "}");
    JavaFileObject note =
        source(
            "test.Note",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "public class Note extends Keyed<java.util.UUID, String> {}");

    Compilation compilation = compile(base, middle, note);

    assertThat(compilation).succeededWithoutWarnings();
    // The private fields are reached through the generic getters and setters.
    assertThat(compilation)
        .generatedSourceFile("test.Note_Mapper")
        .contentsAsUtf8String()
        .contains("column(\"payload\", \"payload\", \"text\", ValueType.of(GenericType.STRING))");
    assertThat(compilation)
        .generatedSourceFile("test.Note_Mapper")
        .contentsAsUtf8String()
        .contains("columns.set(target, 0, entity.getPayload());");
    assertThat(compilation)
        .generatedSourceFile("test.Note_Mapper")
        .contentsAsUtf8String()
        .contains("entity.setHistory(columns.<List<String>>get(row, 1));");
  }

  @Test
  void aRawGenericSuperclassLeavesItsTypeVariablesUnboundAndSaysWhy() {
    JavaFileObject base =
        source(
            "test.Versioned",
            "package test;",
            "public abstract class Versioned<T> {",
            "  public T payload;",
            "  public java.util.List<T> history;",
            "  public long version;",
            "}");
    JavaFileObject event =
        source(
            "test.Event",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "@SuppressWarnings(\"rawtypes\")",
            "public class Event extends Versioned {",
            "  @PartitionKey public int id;",
            "}");

    Compilation compilation = compile(base, event);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-TYPE-VARIABLE] payload is declared with type T in Versioned, but Event extends"
                + " the raw type Versioned, so that type has no concrete value; a column needs"
                + " one. Give Versioned its type arguments (extends Versioned<...>).")
        .inFile(base)
        .onLineContaining("T payload");
    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TYPE-VARIABLE] history is declared with type java.util.List<T>")
        .inFile(base)
        .onLineContaining("history");
    assertErrorsTagged(compilation, "[AUGUR-TYPE-VARIABLE]", 2);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void collectionOfUnmappableElementsIsRejected() {
    JavaFileObject event =
        source(
            "test.Event",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record Event(",
            "    @PartitionKey int id,",
            "    java.util.List<java.util.Date> dates) {}");

    Compilation compilation = compile(event);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TYPE] dates has type java.util.List<java.util.Date>,")
        .inFile(event)
        .onLineContaining("dates");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void headerAndFieldErrorsOfOneTypeAreReportedTogether() {
    JavaFileObject box =
        source(
            "test.Box",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "class Box<T> {",
            "  @PartitionKey int id;",
            "  char tag;",
            "}");

    Compilation compilation = compile(box);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TABLE-GENERIC]")
        .inFile(box)
        .onLineContaining("class Box<T>");
    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TYPE] tag has type char")
        .inFile(box)
        .onLineContaining("char tag");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void classWithoutUsableConstructorIsRejected() {
    JavaFileObject account =
        source(
            "test.Account",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "class Account {",
            "  @PartitionKey String id;",
            "  long balance;",
            "  Account(String id) { this.id = id; }",
            "}");

    Compilation compilation = compile(account);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-CONSTRUCTOR] Augur cannot create Account from a row: it needs a non-private"
                + " constructor taking every mapped field in declaration order (java.lang.String"
                + " id, long balance), or a non-private no-argument constructor and, for each"
                + " field, a setter or an assignable field. It has no non-private no-argument"
                + " constructor.")
        .inFile(account)
        .onLineContaining("class Account");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void noArgumentConstructorWithoutSetterNamesTheMissingSetter() {
    JavaFileObject account =
        source(
            "test.Account",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "class Account {",
            "  @PartitionKey String id;",
            "  private String owner;",
            "  public void setId(String id) { this.id = id; }",
            "  private void setOwner(String owner) { this.owner = owner; }",
            "}");

    Compilation compilation = compile(account);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-CONSTRUCTOR] Augur cannot create Account from a row:")
        .inFile(account)
        .onLineContaining("class Account");
    assertThat(compilation)
        .hadErrorContaining(
            "It has a no-argument constructor, but neither a setter nor an assignable"
                + " (non-private, non-final) field for setOwner(java.lang.String).");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void mutableClassWithoutSettersIsFilledThroughItsFields() {
    JavaFileObject bean =
        source(
            "test.Bean",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "public class Bean {",
            "  @PartitionKey int id;",
            "  public String name;",
            "}");

    Compilation compilation = compile(bean);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Bean_Mapper")
        .contentsAsUtf8String()
        .contains("entity.name = columns.<String>get(row, 1);");
  }

  @Test
  void validEntitiesCompileWithoutWarnings() {
    JavaFileObject record =
        source(
            "test.Reading",
            "package test;",
            "import dev.augur.annotations.*;",
            "import java.util.List;",
            "@Table(value = \"t" + "0".repeat(47) + "\", keyspace = \"\\\"Shop\\\"\")",
            "record Reading(",
            "    @PartitionKey(0) String sensor,",
            "    @PartitionKey(1) int day,",
            "    @ClusteringColumn long at,",
            "    @Column(\"\\\"Value\\\"\") double value,",
            "    List<String> tags) {}");
    JavaFileObject constructed =
        source(
            "test.Account",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "class Account {",
            "  @PartitionKey String id;",
            "  @Transient String scratch;",
            "  long balance;",
            "  Account(String id, long balance) { this.id = id; this.balance = balance; }",
            "}");
    JavaFileObject withSetters =
        source(
            "test.Profile",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "public class Profile {",
            "  @PartitionKey String id;",
            "  transient String cache;",
            "  String bio;",
            "  public void setId(String id) { this.id = id; }",
            "  public void setBio(String bio) { this.bio = bio; }",
            "}");

    // Augur declares the latest source version, so javac has nothing to warn about.
    assertThat(compile(record, constructed, withSetters)).succeededWithoutWarnings();
  }

  // Known bugs, to enable once fixed (see the diagnostics report).

  @Test
  void abstractClassIsRejected() {
    JavaFileObject shape =
        source(
            "test.Shape",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "abstract class Shape {",
            "  @PartitionKey int id;",
            "  Shape(int id) { this.id = id; }",
            "}");

    Compilation compilation = compile(shape);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-")
        .inFile(shape)
        .onLineContaining("class Shape");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void entityInsidePrivateClassIsRejected() {
    JavaFileObject outer =
        source(
            "test.Outer",
            "package test;",
            "import dev.augur.annotations.*;",
            "class Outer {",
            "  private static class In {",
            "    @Table",
            "    static class Row {",
            "      @PartitionKey int id;",
            "      Row(int id) { this.id = id; }",
            "    }",
            "  }",
            "}");

    Compilation compilation = compile(outer);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-")
        .inFile(outer)
        .onLineContaining("class Row");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void missingPartitionKeyIsReportedAlongsideABrokenField() {
    JavaFileObject noPk =
        source(
            "test.NoPk",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record NoPk(char c, String name) {}");

    Compilation compilation = compile(noPk);

    assertThat(compilation).hadErrorContaining("[AUGUR-TYPE] c has type char").inFile(noPk);
    assertThat(compilation)
        .hadErrorContaining("[AUGUR-NO-PK] NoPk has no @PartitionKey")
        .inFile(noPk)
        .onLineContaining("record NoPk");
    assertThat(compilation).hadErrorCount(2);
  }
}
