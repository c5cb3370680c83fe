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
          + " field in declaration order (%s), or a non-private no-argument constructor and a"
          + " setter for each field. %s"),
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
          + " @Query, or give it a default body."),
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
