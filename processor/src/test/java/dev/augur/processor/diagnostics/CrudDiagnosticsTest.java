package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static dev.augur.processor.diagnostics.AugurCompiler.source;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Misuses of the CRUD annotations, {@code @StatementAttributes}, {@code @QueryProvider} and the
 * column kinds: each is a compile error on the method (or field) with a message that names the fix.
 */
class CrudDiagnosticsTest {

  /** {@code test.Note}: partition key {@code owner}, clustering column {@code seq}. */
  private static JavaFileObject note() {
    return source(
        "test.Note",
        "package test;",
        "import dev.augur.annotations.*;",
        "import java.util.UUID;",
        "@Table",
        "public record Note(@PartitionKey UUID owner, @ClusteringColumn int seq, String text) {}");
  }

  /** {@code test.Views}: a counter table keyed by {@code page}. */
  private static JavaFileObject views() {
    return source(
        "test.Views",
        "package test;",
        "import dev.augur.annotations.*;",
        "@Table",
        "public record Views(@PartitionKey String page, @Counter long hits, @Counter long visitors)"
            + " {}");
  }

  /** {@code test.NoteDao} with one method, its annotation on a line of its own. */
  private static JavaFileObject dao(String annotation, String method) {
    return source(
        "test.NoteDao",
        "package test;",
        "import dev.augur.annotations.*;",
        "import dev.augur.runtime.*;",
        "import java.util.*;",
        "import java.util.concurrent.*;",
        "@Dao",
        "interface NoteDao {",
        "  " + annotation,
        "  " + method,
        "}");
  }

  static Stream<Arguments> misuses() {
    return Stream.of(
        Arguments.of(
            "@Increment(entity = Note.class)",
            "CompletionStage<Void> add(UUID owner, int seq, long text);",
            "[AUGUR-INCREMENT] NoteDao.add(): @Increment on Note, which has no @Counter column"),
        Arguments.of(
            "@Insert",
            "CompletionStage<Void> save(Views views);",
            "[AUGUR-COUNTER-WRITE] NoteDao.save(): @Insert on counter table Views"),
        Arguments.of(
            "@Update",
            "CompletionStage<Void> save(Views views);",
            "[AUGUR-COUNTER-WRITE] NoteDao.save(): @Update on counter table Views"),
        Arguments.of(
            "@Insert(ifNotExists = true)",
            "CompletionStage<Void> create(Note note);",
            "[AUGUR-LWT-RETURN] NoteDao.create(): a conditional insert returns whether it was"
                + " applied"),
        Arguments.of(
            "@Insert",
            "CompletionStage<Boolean> save(Note note);",
            "[AUGUR-WRITE-RETURN] NoteDao.save(): @Insert returns"),
        Arguments.of(
            "@Insert",
            "CompletionStage<Void> save(UUID owner);",
            "[AUGUR-CRUD-ENTITY] NoteDao.save(): the first parameter of @Insert must be the @Table"
                + " entity"),
        Arguments.of(
            "@Select",
            "CompletionStage<List<Note>> bySeq(int seq);",
            "[AUGUR-KEY-TYPE] NoteDao.bySeq(): parameter seq has type int, but it binds key column"
                + " owner"),
        Arguments.of(
            "@Select",
            "CompletionStage<List<Note>> tooMany(UUID owner, int seq, String text);",
            "[AUGUR-KEY-PARAMETERS] NoteDao.tooMany(): 3 parameter(s) for the primary key (owner,"
                + " seq)"),
        Arguments.of(
            "@Select",
            "CompletionStage<Void> nothing(UUID owner);",
            "[AUGUR-SELECT-RETURN] NoteDao.nothing(): @Select returns"),
        Arguments.of(
            "@Delete",
            "CompletionStage<Void> remove(UUID owner);",
            "[AUGUR-DELETE-ENTITY] NoteDao.remove(): @Delete by key needs the table"),
        Arguments.of(
            "@Delete(entity = Note.class)",
            "CompletionStage<Void> all();",
            "[AUGUR-KEY-PARAMETERS] NoteDao.all(): 0 parameter(s) for the primary key (owner, seq)"
                + " of Note: at least the partition key"),
        Arguments.of(
            "@Delete(entity = Note.class, ifExists = true)",
            "CompletionStage<Boolean> partition(UUID owner);",
            "[AUGUR-LWT-KEY] NoteDao.partition(): a conditional delete must name one row"),
        Arguments.of(
            "@Insert(batch = BatchKind.UNLOGGED, ifNotExists = true)",
            "CompletionStage<Boolean> saveAll(List<Note> notes);",
            "[AUGUR-LWT-BATCH] NoteDao.saveAll(): a conditional @Insert of a collection"),
        Arguments.of(
            "@Update(ifExists = true, timestamp = \"123\")",
            "CompletionStage<Boolean> change(Note note);",
            "[AUGUR-LWT-TIMESTAMP] NoteDao.change(): a conditional statement cannot have USING"
                + " TIMESTAMP"),
        Arguments.of(
            "@Update(ifExists = true, customIfClause = \"text = 'a'\")",
            "CompletionStage<Boolean> change(Note note);",
            "[AUGUR-LWT-CONDITION] NoteDao.change(): both ifExists and customIfClause are set"),
        Arguments.of(
            "@Insert(ttl = \"a day\")",
            "CompletionStage<Void> save(Note note);",
            "[AUGUR-USING] ttl \"a day\" is neither a whole number nor a :marker"),
        Arguments.of(
            "@Insert(ttl = \":seconds\")",
            "CompletionStage<Void> save(Note note);",
            "[AUGUR-MARKER] @Query on NoteDao.save() has marker :seconds, but the method has no"
                + " parameter named seconds"),
        Arguments.of(
            "@Select @StatementAttributes(consistency = \"MOSTLY\")",
            "CompletionStage<List<Note>> all();",
            "[AUGUR-ATTRIBUTE] \"MOSTLY\" is not a valid consistency"),
        Arguments.of(
            "@Select @StatementAttributes(timeout = \"soon\")",
            "CompletionStage<List<Note>> all();",
            "[AUGUR-ATTRIBUTE] timeout \"soon\" is not a duration"),
        Arguments.of(
            "@Select @StatementAttributes(pageSize = 0)",
            "CompletionStage<List<Note>> all();",
            "[AUGUR-ATTRIBUTE] pageSize 0 is not positive"),
        Arguments.of(
            "@Query(\"SELECT count(*) FROM ${qualifiedTable}\")",
            "CompletionStage<Long> count();",
            "[AUGUR-PLACEHOLDER] @Query on NoteDao.count() uses ${...} placeholders, but the method"
                + " names no entity"),
        Arguments.of(
            "@QueryProvider(String.class)",
            "CompletionStage<Void> custom();",
            "[AUGUR-PROVIDER] NoteDao.custom(): @QueryProvider class String has no public"
                + " constructor taking a DaoContext"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("misuses")
  void misuseIsAnErrorOnTheMethod(String annotation, String method, String message) {
    JavaFileObject dao = dao(annotation, method);

    Compilation compilation = compile(note(), views(), dao);

    // Errors about a parameter point at it (here on the method's line); the others at the
    // annotation.
    String line = message.startsWith("[AUGUR-KEY-TYPE]") ? method : annotation;
    assertThat(compilation).hadErrorContaining(message).inFile(dao).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pageRequestOnAMethodThatReturnsNoPageIsRejected() {
    JavaFileObject dao =
        dao("@Select", "CompletionStage<List<Note>> all(UUID owner, PageRequest request);");

    Compilation compilation = compile(note(), views(), dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-SPECIAL-PARAMETER] NoteDao.all() takes a PageRequest, which"
                + " only methods returning CompletionStage<Page<E>> use.")
        .inFile(dao)
        .onLineContaining("PageRequest request");
  }

  @Test
  void customWhereIsCheckedAsAQueryIs() {
    JavaFileObject dao =
        dao(
            "@Select(customWhere = \"text = :text\")",
            "CompletionStage<List<Note>> byText(String text);");

    Compilation compilation = compile(note(), views(), dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-FILTERING] @Select on NoteDao.byText() restricts text, which is not part of"
                + " the primary key and has no index serving =: Cassandra rejects this without"
                + " ALLOW FILTERING")
        .inFile(dao)
        .onLineContaining("customWhere");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void customIfClauseIsCheckedAsAQueryIs() {
    JavaFileObject dao =
        dao(
            "@Update(customIfClause = \"txt = :old\")",
            "CompletionStage<Boolean> edit(Note note, String old);");

    Compilation compilation = compile(note(), views(), dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-UNKNOWN-COLUMN] @Update on NoteDao.edit() uses column txt, which table note"
                + " does not have (did you mean text?).")
        .inFile(dao)
        .onLineContaining("customIfClause");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void incrementParameterThatIsNoCounterGetsASuggestion() {
    JavaFileObject dao =
        dao(
            "@Increment(entity = Views.class)",
            "CompletionStage<Void> add(String page, long hit);");

    Compilation compilation = compile(note(), views(), dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-INCREMENT] NoteDao.add(): parameter hit is not a counter of"
                + " Views (counters: hits, visitors); did you mean hits?")
        .inFile(dao)
        .onLineContaining("long hit");
  }

  @Test
  void writingAnEntityWithoutGettersIsRejected() {
    JavaFileObject bean =
        source(
            "test.Bean",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "public class Bean {",
            "  @PartitionKey private int id;",
            "  public Bean() {}",
            "  public void setId(int id) { this.id = id; }",
            "}");
    JavaFileObject dao =
        source(
            "test.BeanDao",
            "package test;",
            "import dev.augur.annotations.*;",
            "import java.util.concurrent.CompletionStage;",
            "@Dao",
            "interface BeanDao {",
            "  @Insert",
            "  CompletionStage<Void> save(Bean bean);",
            "  @Select",
            "  CompletionStage<Bean> find(int id);",
            "}");

    Compilation compilation = compile(bean, dao);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-CRUD-GETTER] BeanDao.save(): @Insert must read id of Bean")
        .inFile(dao)
        .onLineContaining("@Insert");
    assertThat(compilation).hadErrorCount(1);
  }

  /** The CRUD rule above, for a {@code @Query} whose markers an entity parameter binds. */
  @Test
  void queryBindingAnEntityWithoutGettersIsRejected() {
    JavaFileObject bean =
        source(
            "test.Bean",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "public class Bean {",
            "  @PartitionKey private int id;",
            "  private String name;",
            "  public Bean() {}",
            "  public void setId(int id) { this.id = id; }",
            "  public void setName(String name) { this.name = name; }",
            "}");
    JavaFileObject dao =
        source(
            "test.BeanDao",
            "package test;",
            "import dev.augur.annotations.*;",
            "import java.util.concurrent.CompletionStage;",
            "@Dao",
            "interface BeanDao {",
            "  @Query(\"UPDATE bean SET name = :name WHERE id = :id\")",
            "  CompletionStage<Void> rename(",
            "      Bean bean);",
            "  @Query(\"SELECT * FROM bean WHERE id = :id\")",
            "  CompletionStage<Bean> find(int id);",
            "}");

    Compilation compilation = compile(bean, dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-QUERY-GETTER] @Query on BeanDao.rename() binds its markers from parameter bean,"
                + " but Bean has no getter or visible field for id, name, so its values cannot be"
                + " read. Add getters (getX()/isX()), make the fields non-private, or take the"
                + " values as parameters of their own.")
        .inFile(dao)
        .onLineContaining("Bean bean");
    assertThat(compilation).hadErrorCount(1);
  }

  static Stream<Arguments> columnKindMisuses() {
    return Stream.of(
        Arguments.of(
            "@PartitionKey String page, @Counter int hits",
            "[AUGUR-COUNTER-TYPE] @Counter hits has type int",
            "@Counter int hits"),
        Arguments.of(
            "@PartitionKey String page, @Counter long hits, String label",
            "[AUGUR-COUNTER-TABLE] Row mixes counters with other non-key columns (label)",
            "record Row"),
        Arguments.of(
            "@PartitionKey String page, @StaticColumn String title",
            "[AUGUR-STATIC] title is a @StaticColumn, but Row has no clustering columns",
            "String title"),
        Arguments.of(
            "@PartitionKey @Counter Long page",
            "[AUGUR-COLUMN-KIND] page combines column kinds",
            "Long page"),
        Arguments.of(
            "@PartitionKey String page, @Computed(\" \") Long written",
            "[AUGUR-COMPUTED] @Computed on written has no selector",
            "Long written"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("columnKindMisuses")
  void columnKindMisuseIsAnErrorOnTheField(String components, String message, String line) {
    JavaFileObject row =
        source(
            "test.Row",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "public record Row(",
            "    " + components.replace(", ", ",\n    ") + ") {}");

    Compilation compilation = compile(row);

    assertThat(compilation).hadErrorContaining(message).inFile(row).onLineContaining(line);
  }

  @Test
  void udtFieldsHaveNoKeys() {
    JavaFileObject udt =
        source(
            "test.Point",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Udt",
            "public record Point(",
            "    @PartitionKey double x,",
            "    double y) {}");

    Compilation compilation = compile(udt);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-UDT-KEY] x is a field of a @Udt, which has no primary key")
        .inFile(udt)
        .onLineContaining("double x");
  }

  @Test
  void validCrudDaoCompilesWithoutWarnings() {
    JavaFileObject dao =
        source(
            "test.NoteDao",
            "package test;",
            "import dev.augur.annotations.*;",
            "import dev.augur.runtime.*;",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "@Dao",
            "interface NoteDao {",
            "  @Insert(ifNotExists = true) CompletionStage<LwtResult<Note>> create(Note note);",
            "  @Insert(ttl = \":ttl\", batch = BatchKind.UNLOGGED)",
            "  CompletionStage<Void> saveAll(List<Note> notes, int ttl);",
            "  @Select(limit = \":n\", orderBy = \"seq DESC\")",
            "  CompletionStage<List<Note>> latest(UUID owner, int n);",
            "  @Select Flow.Publisher<Note> all(StatementOptions options);",
            "  @Update(customIfClause = \"text = :old\")",
            "  CompletionStage<Boolean> edit(Note note, String old);",
            "  @Select(customWhere = \"owner = :owner AND seq > :after\")",
            "  CompletionStage<List<Note>> after(UUID owner, int after);",
            "  @Delete(entity = Note.class) CompletionStage<Void> clear(UUID owner);",
            "  @Delete CompletionStage<Void> remove(Note note);",
            "  @Increment(entity = Views.class)",
            "  CompletionStage<Void> hit(String page, long hits);",
            "}");

    assertThat(compile(note(), views(), dao)).succeededWithoutWarnings();
  }
}
