package dev.augur.processor.validation;

/**
 * Every diagnostic Augur reports, in one place. Each has a stable tag users can search for, and its
 * text says what is wrong, the rule, and the fix. Arguments are filled with {@link String#format}.
 */
public enum Message {
  TABLE_KIND(
      "AUGUR-TABLE-KIND",
      "@Table goes on a class or a record; %s is %s. Move the annotation to the class that holds a"
          + " row."),
  TABLE_NESTING(
      "AUGUR-TABLE-NESTING",
      "%s is an inner class: the generated mapper cannot create it without an outer instance. Make"
          + " it static, or a top-level class."),
  TABLE_PRIVATE(
      "AUGUR-TABLE-PRIVATE",
      "%s is private%s, so the generated mapper cannot create it. Make it package-private or"
          + " public."),
  TABLE_ABSTRACT(
      "AUGUR-TABLE-ABSTRACT",
      "%s is abstract, so the generated mapper cannot create it from a row. Annotate a concrete"
          + " class with @Table."),
  TABLE_GENERIC(
      "AUGUR-TABLE-GENERIC",
      "%s has type parameters; a table row has one concrete type per column. Remove the type"
          + " parameters."),
  NO_PARTITION_KEY(
      "AUGUR-NO-PK",
      "%s has no @PartitionKey: every Cassandra table needs a partition key. Annotate the field(s)"
          + " that identify a partition with @PartitionKey."),
  KEY_POSITIONS(
      "AUGUR-KEY-POSITIONS",
      "%s of %s are at positions %s; positions must be 0, 1, 2, ... with neither gaps nor repeats."
          + " Number them @%s(0), @%s(1), ..."),
  KEY_CONFLICT(
      "AUGUR-KEY-CONFLICT",
      "%s is annotated both @PartitionKey and @ClusteringColumn; a column is in the partition key"
          + " or among the clustering columns, not both. Keep one."),
  TRANSIENT_KEY(
      "AUGUR-TRANSIENT-KEY",
      "%s is @Transient but also a key or @Column; a transient field is not mapped at all. Remove"
          + " one of the annotations."),
  TRANSIENT_RECORD(
      "AUGUR-TRANSIENT-RECORD",
      "record component %s is @Transient, but a record is built through its canonical constructor,"
          + " which needs every component. Remove @Transient, or move the value out of the"
          + " record."),
  DUPLICATE_COLUMN(
      "AUGUR-DUPLICATE-COLUMN",
      "%s and %s both map to column %s. Give one of them another name with @Column."),
  COLUMN_NAME(
      "AUGUR-COLUMN-NAME",
      "@Column(\"%s\") is not a valid CQL column name: use letters, digits and underscores,"
          + " starting with a letter, or a double-quoted name for case-sensitive columns."),
  TABLE_NAME(
      "AUGUR-TABLE-NAME",
      "\"%s\" is not a valid CQL %s name: use letters, digits and underscores, starting with a"
          + " letter (at most 48 characters), or a double-quoted name."),
  NO_COLUMNS("AUGUR-NO-COLUMNS", "%s maps no columns. Add fields, or remove @Transient from some."),
  UNMAPPABLE_TYPE(
      "AUGUR-TYPE",
      "%s has type %s, which Augur cannot map to a CQL type. Use one of: %s; or List, Set, Map of"
          + " those."),
  NO_CONSTRUCTION(
      "AUGUR-CONSTRUCTOR",
      "Augur cannot create %s from a row: it needs a non-private constructor taking every mapped"
          + " field in declaration order (%s), or a non-private no-argument constructor and, for"
          + " each field, a setter or an assignable field. %s"),
  DAO_KIND(
      "AUGUR-DAO-KIND",
      "@Dao goes on an interface; %s is %s. Declare the DAO as an interface and let Augur implement"
          + " it."),
  DAO_GENERIC(
      "AUGUR-DAO-GENERIC",
      "%s has type parameters; Augur implements a DAO for concrete types only. Remove them."),
  DAO_PRIVATE(
      "AUGUR-DAO-PRIVATE",
      "%s is private%s, so the generated implementation cannot implement it. Make it"
          + " package-private or public."),
  METHOD_NOT_ANNOTATED(
      "AUGUR-METHOD",
      "%s is abstract but has no Augur annotation, so Augur cannot implement it. Annotate it with"
          + " @Query (or @Select, @Insert, @Update, @Delete, @Increment, @QueryProvider), or give"
          + " it a default body."),
  METHOD_GENERIC(
      "AUGUR-METHOD-GENERIC",
      "%s has type parameters; a DAO method must name its types. Remove them."),
  RETURN_TYPE(
      "AUGUR-RETURN",
      "%s returns %s, which Augur does not support. Supported: %s, where E is a @Table entity."),
  RETURN_ENTITY(
      "AUGUR-RETURN-ENTITY",
      "%s returns rows as %s, which is not annotated @Table. Annotate %s with @Table, or return one"
          + " of the entity types."),
  QUERY_EMPTY(
      "AUGUR-QUERY-EMPTY",
      "@Query on %s has no statement. Write the CQL to run, e.g. @Query(\"SELECT * FROM t WHERE id"
          + " = :id\")."),
  POSITIONAL_MARKER(
      "AUGUR-POSITIONAL-MARKER",
      "@Query on %s has a positional marker '?' at offset %d; Augur binds parameters by name. Write"
          + " :name, where name is the parameter to bind."),
  MARKER_WITHOUT_PARAMETER(
      "AUGUR-MARKER",
      "@Query on %s has marker :%s, but the method has no parameter named %s. Add a parameter '%s',"
          + " or rename the marker (parameters: %s)."),
  RESERVED_MARKER(
      "AUGUR-RESERVED-MARKER",
      "@Query on %s uses marker :%s, but %s is a reserved CQL word: Cassandra rejects the"
          + " statement. Rename the parameter, or quote the marker: :\"%s\"."),
  PARAMETER_WITHOUT_MARKER(
      "AUGUR-PARAMETER",
      "parameter %s of %s is not used: the statement has no marker :%s. Use it in the CQL as :%s,"
          + " or remove the parameter."),
  UNTERMINATED("AUGUR-CQL-SYNTAX", "@Query on %s: %s. Close it."),
  UNRESOLVED_TYPE(
      "AUGUR-UNRESOLVED",
      "%s refers to type %s, which did not resolve by the end of compilation. Fix the type, or the"
          + " processor that should generate it."),
  UDT_KEY(
      "AUGUR-UDT-KEY",
      "%s is a field of a @Udt, which has no primary key. Remove @PartitionKey/@ClusteringColumn."),
  COLUMN_KIND_CONFLICT(
      "AUGUR-COLUMN-KIND",
      "%s combines column kinds that exclude each other: a key, @Counter, @StaticColumn and"
          + " @Computed are each a kind of their own. Keep one."),
  COUNTER_TYPE(
      "AUGUR-COUNTER-TYPE",
      "@Counter %s has type %s, but a CQL counter is a 64-bit integer. Declare it long or Long."),
  COMPUTED_EMPTY(
      "AUGUR-COMPUTED",
      "@Computed on %s has no selector. Write the CQL to compute, e.g."
          + " @Computed(\"writetime(name)\")."),
  COUNTER_TABLE_MIX(
      "AUGUR-COUNTER-TABLE",
      "%s mixes counters with other non-key columns (%s): Cassandra only allows counters besides"
          + " the primary key in a counter table. Move the other columns to a table of their own."),
  STATIC_WITHOUT_CLUSTERING(
      "AUGUR-STATIC",
      "%s is a @StaticColumn, but %s has no clustering columns: static columns only exist in"
          + " tables with clustering columns. Remove @StaticColumn, or add a clustering column."),
  UDT_KIND(
      "AUGUR-UDT-KIND",
      "@Udt goes on a class or a record; %s is %s. Move the annotation to the class that holds the"
          + " value."),
  ATTRIBUTE_CONSISTENCY("AUGUR-ATTRIBUTE", "\"%s\" is not a valid %s; the driver knows: %s."),
  ATTRIBUTE_PAGE_SIZE(
      "AUGUR-ATTRIBUTE",
      "pageSize %d is not positive. Give a number of rows per page, or leave it out for the"
          + " configured default."),
  ATTRIBUTE_TIMEOUT(
      "AUGUR-ATTRIBUTE",
      "timeout \"%s\" is not a duration. Write a number followed by ms, s or m, e.g. \"500ms\"."),
  PLACEHOLDER_WITHOUT_ENTITY(
      "AUGUR-PLACEHOLDER",
      "@Query on %s uses ${...} placeholders, but the method names no entity whose table they"
          + " could stand for. Return an entity, take one as a parameter, or write the table's"
          + " name."),
  CRUD_ENTITY_PARAMETER(
      "AUGUR-CRUD-ENTITY",
      "%s: the first parameter of @%s must be the @Table entity to write, or a collection of"
          + " them (Iterable, Collection, List, Set). Change the parameter, or use @Query."),
  CRUD_UNREADABLE(
      "AUGUR-CRUD-GETTER",
      "%s: @%s must read %s of %s, but it has no getter or visible field for them. Add getters"
          + " (getX()/isX()), or make the fields non-private."),
  COUNTER_TABLE_WRITE(
      "AUGUR-COUNTER-WRITE",
      "%s: @%s on counter table %s: Cassandra never inserts or sets counter tables' rows, it only"
          + " adds to counters. Use @Increment."),
  INCREMENT_NOT_COUNTER(
      "AUGUR-INCREMENT",
      "%s: @Increment on %s, which has no @Counter column. Point it at a counter table."),
  INCREMENT_PARAMETER(
      "AUGUR-INCREMENT",
      "%s: parameter %s is not a counter of %s (counters: %s)%s. After the primary key, each"
          + " parameter is a long named after the counter it adds to."),
  INCREMENT_NOTHING(
      "AUGUR-INCREMENT",
      "%s: @Increment changes no counter. After the primary key columns, add a long parameter"
          + " named after each counter to change (%s)."),
  LWT_RETURN(
      "AUGUR-LWT-RETURN",
      "%s: a conditional %s returns whether it was applied, but %s cannot carry that. Return"
          + " CompletionStage<Boolean>, or CompletionStage<LwtResult<%s>>."),
  WRITE_RETURN(
      "AUGUR-WRITE-RETURN",
      "%s: @%s returns %s, but an unconditional write has no result. Return"
          + " CompletionStage<Void>, or add a condition (ifNotExists/ifExists/customIfClause)."),
  LWT_BATCH(
      "AUGUR-LWT-BATCH",
      "%s: a conditional @%s of a collection: conditions in a batch must all be on one partition,"
          + " which Augur cannot know. Write the entities one by one."),
  LWT_EXCLUSIVE(
      "AUGUR-LWT-CONDITION",
      "%s: both ifExists and customIfClause are set; a statement has one IF clause. Keep one."),
  LWT_TIMESTAMP(
      "AUGUR-LWT-TIMESTAMP",
      "%s: a conditional statement cannot have USING TIMESTAMP: Cassandra assigns the timestamps of"
          + " lightweight transactions. Remove timestamp, or the condition."),
  LWT_RANGE(
      "AUGUR-LWT-KEY",
      "%s: a conditional delete must name one row, so the full primary key (%s); it names only %s."
          + " Add the missing key columns, or remove the condition."),
  USING_VALUE(
      "AUGUR-USING",
      "%s \"%s\" is neither a whole number nor a :marker. Write e.g. \"86400\" or \":ttl\"."),
  SELECT_RETURN(
      "AUGUR-SELECT-RETURN",
      "%s: @Select returns %s, but a select returns entities. Return CompletionStage<E>,"
          + " CompletionStage<Optional<E>>, CompletionStage<List<E>> or Flow.Publisher<E>."),
  KEY_PARAMETERS("AUGUR-KEY-PARAMETERS", "%s: %d parameter(s) for the primary key (%s) of %s: %s"),
  KEY_PARAMETER_TYPE(
      "AUGUR-KEY-TYPE",
      "%s: parameter %s has type %s, but it binds key column %s of type %s. Change the"
          + " parameter's type, or reorder the parameters to follow the key."),
  DELETE_ENTITY(
      "AUGUR-DELETE-ENTITY",
      "%s: @Delete by key needs the table: name it with @Delete(entity = X.class), or take the"
          + " entity as the first parameter."),
  UPDATE_NOTHING(
      "AUGUR-UPDATE-NOTHING",
      "%s: @Update of %s has no column to set: every column is part of the primary key. Use"
          + " @Insert."),
  PROVIDER(
      "AUGUR-PROVIDER",
      "%s: @QueryProvider class %s %s. A provider needs a public constructor taking a DaoContext,"
          + " and a public method %s with the DAO method's parameters and return type."),
  ENTITY_INVALID(
      "AUGUR-ENTITY-INVALID",
      "%s uses entity %s, which has errors of its own (reported on it). Fix those first."),
  INTERNAL(
      "AUGUR-INTERNAL",
      "Augur failed on %s: %s. This is a bug in Augur; please report it with this message.");

  private final String tag;
  private final String template;

  Message(String tag, String template) {
    this.tag = tag;
    this.template = template;
  }

  /** The stable tag, e.g. {@code AUGUR-MARKER}. */
  public String tag() {
    return tag;
  }

  /** The message, tagged: {@code [AUGUR-MARKER] ...}. */
  public String format(Object... arguments) {
    return "[" + tag + "] " + String.format(template, arguments);
  }
}
