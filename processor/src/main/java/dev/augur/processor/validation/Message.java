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
  VECTOR_NO_DIMENSION(
      "AUGUR-VECTOR-DIMENSION-MISSING",
      "%s has type %s, which maps to a vector column, but declares no dimension; a CQL vector has a"
          + " fixed number of elements, which the table's DDL, schema verification and query checks"
          + " need. Annotate it @Vector(dimensions = n)."),
  VECTOR_DIMENSION(
      "AUGUR-VECTOR-DIMENSION",
      "%s declares @Vector(dimensions = %d), but Cassandra rejects a vector of fewer than one"
          + " element (\"vectors may only have positive dimensions\"). Give a dimension of 1 or"
          + " more."),
  VECTOR_TYPE(
      "AUGUR-VECTOR-TYPE",
      "%s is annotated @Vector but has type %s; a vector column maps to float[], List<E> or"
          + " CqlVector<E>, with E a type Augur maps (Float for vectors an ANN index serves)."
          + " Change the type, or remove @Vector."),
  INDEX_SIMILARITY_NOT_VECTOR(
      "AUGUR-INDEX-SIMILARITY",
      "%s declares a similarity function for its index, but its column is a %s; only indexes on"
          + " vector columns rank by similarity (Cassandra: \"CQL type cannot have vector"
          + " options\"). Remove similarity, or make the column a @Vector."),
  INDEX_SIMILARITY_NOT_SAI(
      "AUGUR-INDEX-SIMILARITY-SAI",
      "%s declares a similarity function for its index, but only a storage-attached index ranks"
          + " vectors by similarity. Add using = \"sai\", or remove similarity."),
  INDEX_VECTOR_ELEMENT(
      "AUGUR-INDEX-VECTOR-ELEMENT",
      "%s has a storage-attached index, but its column is a %s; Cassandra only allows SAI ANN"
          + " indexes on vectors of float elements. Make it a vector of Float (float[]), or remove"
          + " the index."),
  INDEX_COSINE_ONE_DIMENSION(
      "AUGUR-INDEX-COSINE-ONE-DIMENSION",
      "%s is a vector of one dimension indexed with cosine similarity, which Cassandra does not"
          + " support for single-dimension vectors. Use similarity = DOT_PRODUCT or EUCLIDEAN, or"
          + " more dimensions."),
  UNBOUND_TYPE_VARIABLE(
      "AUGUR-TYPE-VARIABLE",
      "%s is declared with type %s in %s, but %s extends the raw type %s, so that type has no"
          + " concrete value; a column needs one. Give %s its type arguments (extends %s<...>)."),
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
  KOTLIN_SUSPEND(
      "AUGUR-KOTLIN-SUSPEND",
      "%s is a Kotlin suspend function, which Augur does not implement: to the processor it is a"
          + " method taking a Continuation and returning Object. Declare it without suspend and"
          + " return CompletionStage<...> (kotlinx-coroutines' await() suspends on it), or a"
          + " Flow.Publisher for a stream."),
  METHOD_GENERIC(
      "AUGUR-METHOD-GENERIC",
      "%s has type parameters; a DAO method must name its types. Remove them."),
  RETURN_TYPE(
      "AUGUR-RETURN",
      "%s returns %s, which Augur does not support. Supported: %s, where E is a @Table entity."),
  RETURN_REACTIVE_FORM(
      "AUGUR-RETURN-REACTIVE",
      "%s returns %s, which Augur does not support. %s may be: %s, where E is a @Table entity.%s"),
  REACTIVE_MODULE_MISSING(
      "AUGUR-REACTIVE-MODULE",
      "%s returns %s, a %s type, but Augur's module for %s is not on the compile classpath."
          + " Add the dependency %s (next to augur-runtime)."),
  REACTIVE_LIBRARY_MISSING(
      "AUGUR-REACTIVE-LIBRARY",
      "%s returns %s, which does not resolve: %s is not on the compile classpath. Add the"
          + " dependencies %s and %s."),
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
  DAO_TOO_LARGE(
      "AUGUR-DAO-SIZE",
      "%s has %s statement methods; its generated implementation can hold at most %s (the JVM's"
          + " limit on a constructor's parameters). Split it into several DAO interfaces."),
  QUERY_NULL_SAVING_UNUSED(
      "AUGUR-NULL-SAVING",
      "@Query on %s sets nullSaving, but no parameter is an entity whose null properties it could"
          + " apply to. Remove nullSaving, or take the entity as a parameter."),
  CRUD_ENTITY_PARAMETER(
      "AUGUR-CRUD-ENTITY",
      "%s: the first parameter of @%s must be the @Table entity to write, or a collection of"
          + " them (Iterable, Collection, List, Set). Change the parameter, or use @Query."),
  CRUD_UNREADABLE(
      "AUGUR-CRUD-GETTER",
      "%s: @%s must read %s of %s, but it has no getter or visible field for them. Add getters"
          + " (getX()/isX()), or make the fields non-private."),
  QUERY_ENTITY_UNREADABLE(
      "AUGUR-QUERY-GETTER",
      "@Query on %s binds its markers from parameter %s, but %s has no getter or visible field for"
          + " %s, so its values cannot be read. Add getters (getX()/isX()), make the fields"
          + " non-private, or take the values as parameters of their own."),
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
  SPECIAL_PARAMETER(
      "AUGUR-SPECIAL-PARAMETER",
      "%s takes a %s, which only methods returning %s use. Remove the parameter, or change the"
          + " return type."),
  PAGE_REQUEST_MISSING(
      "AUGUR-PAGE-REQUEST",
      "%s returns a Page but takes no PageRequest, so it cannot know which page to read. Add a"
          + " PageRequest parameter (PageRequest.first(size), or PageRequest.of(size, token))."),
  INTERNAL(
      "AUGUR-INTERNAL",
      "Augur failed on %s: %s. This is a bug in Augur; please report it with this message."),

  // Compile-time CQL checks (issue 4). The first argument of each is the statement's subject, e.g.
  // "@Query on UserDao.find()"; the rule in each message is Cassandra's, as of 5.0.
  CQL_PARSE(
      "AUGUR-CQL-PARSE",
      "%s is not valid CQL: %s. Cassandra rejects statements it cannot parse; correct the"
          + " statement."),
  UNKNOWN_KEYSPACE(
      "AUGUR-UNKNOWN-KEYSPACE",
      "%s uses keyspace %s, which the schema does not have (keyspaces: %s). Cassandra rejects"
          + " statements on missing keyspaces. Name an existing keyspace, or add it to the"
          + " schema."),
  UNKNOWN_TABLE(
      "AUGUR-UNKNOWN-TABLE",
      "%s uses table %s, which the schema does not have%s. Cassandra rejects statements on"
          + " missing tables. Name an existing table, or add it to the schema."),
  UNKNOWN_COLUMN(
      "AUGUR-UNKNOWN-COLUMN",
      "%s uses column %s, which table %s does not have%s. Cassandra rejects undefined column"
          + " names. Use one of its columns: %s."),
  UNKNOWN_FUNCTION(
      "AUGUR-UNKNOWN-FUNCTION",
      "%s calls %s, which is not a function Cassandra has%s. Cassandra rejects calls to unknown"
          + " functions. Call a native function, or one the schema file creates."),
  UNKNOWN_TYPE(
      "AUGUR-UNKNOWN-TYPE",
      "%s uses type %s: %s. Cassandra rejects unknown types. Use a native type or a user-defined"
          + " type of the schema."),
  UNKNOWN_FIELD(
      "AUGUR-UNKNOWN-FIELD",
      "%s uses field %s of %s, but %s. Cassandra rejects fields a type does not have. Use one of"
          + " its fields: %s."),
  VALUE_TYPE(
      "AUGUR-VALUE-TYPE",
      "%s gives %s the value %s, which is not valid for type %s: %s. Cassandra checks the values"
          + " written in a statement when it prepares it. Write a value of type %s, or bind it with"
          + " a marker."),
  COLLECTION_MARKER(
      "AUGUR-COLLECTION-MARKER",
      "%s gives %s the collection %s, with markers inside: Cassandra does not bind markers inside"
          + " list, set or map literals. Bind the whole collection with one marker."),
  UNTYPED_VALUE(
      "AUGUR-VALUE-UNTYPED",
      "%s has %s, whose type Cassandra cannot infer: %s. Add a type hint, e.g. (int) :value, or"
          + " a CAST."),
  FUNCTION_ARGUMENTS(
      "AUGUR-FUNCTION-ARGUMENTS",
      "%s calls %s with %s: %s. Cassandra picks a function's signature by the types of its"
          + " arguments (signatures: %s). Pass arguments of one signature's types, or add a type"
          + " hint such as (timestamp) :value."),
  PARAMETER_TYPE(
      "AUGUR-PARAMETER-TYPE",
      "%s binds parameter %s, a %s, to marker :%s, which is %s of CQL type %s: the driver has no"
          + " codec between them, so every call would fail. Declare the parameter as %s."),
  PARTITION_KEY_FILTERING(
      "AUGUR-PK",
      "%s restricts %s of the partition key (%s) of %s: Cassandra rejects this without ALLOW"
          + " FILTERING, as it must scan every partition. Restrict %s with = or IN, or add ALLOW"
          + " FILTERING."),
  CLUSTERING_PREFIX(
      "AUGUR-CLUSTERING",
      "%s restricts clustering column %s but not %s before it (primary key %s of %s): Cassandra"
          + " restricts clustering columns only from the first one on, without gaps, unless"
          + " ALLOW FILTERING. Restrict %s too, or add ALLOW FILTERING."),
  CLUSTERING_AFTER_RANGE(
      "AUGUR-CLUSTERING-RANGE",
      "%s restricts clustering column %s after a range on %s: Cassandra allows a range only on"
          + " the last restricted clustering column. Restrict %s with = or IN, or remove the"
          + " restriction on %s."),
  FILTERING(
      "AUGUR-FILTERING",
      "%s restricts %s, which %s: Cassandra rejects this without ALLOW FILTERING, as it would"
          + " read rows only to discard them. %s, or add ALLOW FILTERING."),
  NOT_EQUAL(
      "AUGUR-NOT-EQUAL",
      "%s restricts %s with !=: Cassandra 5.0 allows != only in IF conditions. Use =, <, >, IN"
          + " or CONTAINS, or filter the rows in Java."),
  RESTRICTED_TWICE(
      "AUGUR-RESTRICTED-TWICE",
      "%s restricts %s twice (%s): Cassandra allows one = or IN per column, or one lower and one"
          + " upper bound. Keep one restriction on %s."),
  CONTAINS_TYPE(
      "AUGUR-CONTAINS",
      "%s uses %s on %s of type %s: Cassandra allows CONTAINS on lists, sets and map values, and"
          + " CONTAINS KEY on map keys only. Use = on a single value, or %s a collection."),
  COLLECTION_RESTRICTION(
      "AUGUR-COLLECTION-RESTRICTION",
      "%s restricts %s of type %s with %s: Cassandra restricts non-frozen collections only with"
          + " CONTAINS, CONTAINS KEY or column[key] = value. Use one of those."),
  TOKEN_COLUMNS(
      "AUGUR-TOKEN",
      "%s applies token() to (%s), but the partition key of %s is (%s): Cassandra computes"
          + " tokens of the whole partition key, in order. Write token(%s)."),
  MULTI_COLUMN(
      "AUGUR-MULTI-COLUMN",
      "%s restricts (%s) together, but %s: Cassandra allows a tuple restriction only on"
          + " clustering columns, in their primary key order, each once, with one value per"
          + " column. %s."),
  LIKE_WITHOUT_INDEX(
      "AUGUR-LIKE",
      "%s restricts %s with LIKE, but no index on %s supports LIKE: Cassandra evaluates LIKE only"
          + " through such an index (SASI). Index the column, or restrict it with =."),
  IS_NOT_NULL(
      "AUGUR-IS-NOT-NULL",
      "%s restricts %s with IS NOT NULL: Cassandra allows that only when creating materialized"
          + " views. Remove the restriction."),
  WRITE_WHERE_COLUMN(
      "AUGUR-WRITE-WHERE",
      "%s restricts %s, which is not part of the primary key, in the WHERE clause of %s:"
          + " Cassandra writes rows by primary key only. Move the check to an IF condition, or"
          + " remove it."),
  WRITE_TOKEN(
      "AUGUR-WRITE-TOKEN",
      "%s restricts token(...) in a %s: Cassandra allows token() only in SELECT. Restrict each"
          + " partition key column with = or IN."),
  WRITE_RANGE(
      "AUGUR-WRITE-RANGE", "%s restricts %s with a range in a %s: %s. Restrict it with = or IN."),
  WRITE_KEY(
      "AUGUR-WRITE-KEY",
      "%s does not restrict %s of the primary key %s of %s: %s. Restrict %s with = (or IN)."),
  STATIC_ONLY_CLUSTERING(
      "AUGUR-STATIC-CLUSTERING",
      "%s %s only static columns (%s) but restricts clustering columns: a static column has one"
          + " value per partition, so Cassandra rejects clustering restrictions here. Remove the"
          + " restrictions on %s%s."),
  ORDER_BY_COLUMN(
      "AUGUR-ORDER-BY",
      "%s orders by %s, which is not a clustering column of %s (clustering columns: %s):"
          + " Cassandra orders rows only by clustering columns. Order by a clustering column, or"
          + " sort in Java."),
  ORDER_BY_SEQUENCE(
      "AUGUR-ORDER-BY",
      "%s orders by %s, but %s comes before it in the clustering order (%s) and is not"
          + " restricted by =: Cassandra orders by clustering columns in their declared order."
          + " Order by %s first, or restrict %s with =."),
  ORDER_BY_DIRECTION(
      "AUGUR-ORDER-BY",
      "%s orders by %s, mixing directions against the clustering order of %s (%s): Cassandra"
          + " reads a partition forwards or backwards, nothing else. Order every column as"
          + " declared, or every column reversed."),
  ORDER_BY_PARTITION(
      "AUGUR-ORDER-BY",
      "%s has ORDER BY but does not restrict the partition key (%s) of %s by = or IN: Cassandra"
          + " orders rows only within the partitions it is given. Restrict %s with = or IN, or"
          + " remove ORDER BY."),
  ORDER_BY_INDEX(
      "AUGUR-ORDER-BY",
      "%s has ORDER BY and queries the secondary index on %s: Cassandra does not order the"
          + " results of index queries. Remove ORDER BY and sort in Java, or restrict by the"
          + " primary key."),
  ORDER_BY_PAGING(
      "AUGUR-ORDER-BY-PAGING",
      "%s combines ORDER BY with IN on the partition key: Cassandra must sort rows of several"
          + " partitions, and rejects it at run time when results are paged, as DAO results are."
          + " Restrict the partition key with =, or sort in Java."),
  GROUP_BY(
      "AUGUR-GROUP-BY",
      "%s groups by %s: %s. Group by the partition key, then clustering columns in their"
          + " declared order (those restricted by = may be skipped)."),
  DISTINCT(
      "AUGUR-DISTINCT",
      "%s selects DISTINCT %s: Cassandra returns distinct partitions, so %s. %s."),
  SELECTION("AUGUR-SELECTION", "%s selects %s: %s. %s."),
  CAST(
      "AUGUR-CAST",
      "%s casts %s of type %s to %s: Cassandra casts numbers to numbers, timestamps, dates and"
          + " timeuuids to timestamps and dates, and any native value to text or ascii. Cast to"
          + " one of those."),
  ANN_NOT_VECTOR(
      "AUGUR-ANN-COLUMN",
      "%s orders by %s ANN OF, but %s is a %s: Cassandra supports ANN ordering only on vectors of"
          + " float with a storage-attached index. Order by a vector<float, n> column."),
  ANN_VECTOR_RESTRICTION(
      "AUGUR-ANN-VECTOR-RESTRICTION",
      "%s restricts %s in WHERE, but its storage-attached index is a vector index, which serves"
          + " only ANN ordering (\"Vector indexes only support ANN queries\"), even with ALLOW"
          + " FILTERING. Use ORDER BY %s ANN OF ... LIMIT n, or compare vectors in Java."),
  ANN_DISTINCT(
      "AUGUR-DISTINCT",
      "%s selects DISTINCT and orders by ANN OF: Cassandra reads ANN ordering as a restriction of"
          + " the vector column, and SELECT DISTINCT allows restrictions of the partition key and"
          + " static columns only. Remove DISTINCT."),
  ANN_PARTITION_IN(
      "AUGUR-ANN-PARTITION-IN",
      "%s orders by ANN OF and restricts the partition key with IN: Cassandra does not run index"
          + " queries with IN on the primary key. Query each partition with =, or drop the"
          + " restriction."),
  ANN_INDEX(
      "AUGUR-ANN-INDEX",
      "%s orders by %s ANN OF, but %s has no storage-attached index: Cassandra requires one"
          + " (\"ANN ordering by vector requires the column to be indexed\"). Add"
          + " @Indexed(using = \"sai\") to the column."),
  ANN_OTHER_ORDERING(
      "AUGUR-ANN-ORDERING",
      "%s orders by %s ANN OF and by %s: Cassandra's ANN ordering does not support any other"
          + " ordering. Remove the other ordering, or sort the results in Java."),
  ANN_AGGREGATE(
      "AUGUR-ANN-AGGREGATE",
      "%s orders by ANN OF and has %s: Cassandra cannot run top-k queries with aggregation."
          + " Remove the aggregation, or aggregate the results in Java."),
  ANN_PER_PARTITION_LIMIT(
      "AUGUR-ANN-PER-PARTITION-LIMIT",
      "%s orders by ANN OF and has PER PARTITION LIMIT: Cassandra's top-k queries do not support"
          + " per-partition limits. Remove PER PARTITION LIMIT."),
  ANN_LIMIT(
      "AUGUR-ANN-LIMIT",
      "%s orders by %s ANN OF without a LIMIT: Cassandra runs top-k queries only with a LIMIT, of"
          + " at most %d. Add LIMIT n, or LIMIT :k (in @Select, limit = \"n\"; in a derived name,"
          + " Top n or a last limit parameter)."),
  ANN_LIMIT_MAX(
      "AUGUR-ANN-LIMIT",
      "%s orders by ANN OF with LIMIT %s: Cassandra requires a LIMIT of at most %d with ANN"
          + " ordering. Use a smaller limit."),
  ANN_RESTRICTION(
      "AUGUR-ANN-RESTRICTION",
      "%s orders by ANN OF and restricts %s, which has no storage-attached index: Cassandra"
          + " requires every restricted column of an ANN query to be indexed, even with ALLOW"
          + " FILTERING (the partition key aside, and the clustering columns of a named"
          + " partition). Index %s with @Indexed(using = \"sai\"), or filter in Java."),
  SELECT_ANN_PROPERTY(
      "AUGUR-SELECT-ANN",
      "%s orders by ANN of %s, which is not a property of %s%s. Name its @Vector property in"
          + " orderByAnn; its properties are %s."),
  SELECT_ANN_VECTOR(
      "AUGUR-SELECT-ANN",
      "%s orders by %s ANN OF the query vector, but has no parameter for it: each parameter binds"
          + " a key column or a marker of its clauses. Add the vector as the last parameter (a"
          + " float[] or CqlVector<Float>)."),
  LIMIT(
      "AUGUR-LIMIT",
      "%s has %s %s: Cassandra rejects limits below 1 when it runs the statement. Use a positive"
          + " limit, or a marker."),
  TTL_RANGE(
      "AUGUR-TTL",
      "%s has USING TTL %s: Cassandra rejects TTLs below 0 or above 630720000 seconds (20 years)"
          + " when it runs the statement. Use a TTL in that range, or a marker."),
  AGGREGATE_PER_PARTITION_LIMIT(
      "AUGUR-PER-PARTITION-LIMIT",
      "%s has PER PARTITION LIMIT and aggregates: Cassandra rejects PER PARTITION LIMIT in"
          + " aggregate queries. Remove one of them."),
  DISTINCT_PER_PARTITION_LIMIT(
      "AUGUR-PER-PARTITION-LIMIT",
      "%s has PER PARTITION LIMIT and selects DISTINCT: Cassandra rejects PER PARTITION LIMIT in"
          + " SELECT DISTINCT queries, which return one row per partition already. Remove PER"
          + " PARTITION LIMIT."),
  NULL_VALUE(
      "AUGUR-NULL",
      "%s %s null: Cassandra prepares the statement, but rejects it every time it runs (\"%s\"),"
          + " as %s. %s."),
  USING_REPEATED(
      "AUGUR-USING-TWICE",
      "%s sets %s twice in USING: Cassandra takes each option once (given two markers it fails"
          + " with an internal error, given two values it drops one). Set %s once."),
  INSERT_VALUES(
      "AUGUR-INSERT-VALUES",
      "%s lists %d columns and %d values: Cassandra pairs columns and values by position. Give"
          + " one value per column."),
  WRITTEN_TWICE(
      "AUGUR-WRITTEN-TWICE", "%s writes %s twice: Cassandra rejects %s. Write each column once."),
  KEY_ASSIGNMENT(
      "AUGUR-KEY-ASSIGNMENT",
      "%s %s primary key column %s: a row's key identifies it and never changes, so Cassandra"
          + " rejects this. %s."),
  COUNTER_INSERT(
      "AUGUR-COUNTER-INSERT",
      "%s inserts into counter table %s: Cassandra changes counters only with UPDATE ... SET"
          + " c = c + n. Use an UPDATE."),
  COUNTER_SET(
      "AUGUR-COUNTER-SET",
      "%s sets counter column %s to a value: Cassandra only increments and decrements counters."
          + " Write %s = %s + :delta (or - :delta)."),
  COUNTER_OPTIONS(
      "AUGUR-COUNTER-OPTIONS",
      "%s uses %s on counter table %s: Cassandra rejects %s for counter updates. Remove it."),
  NOT_A_COUNTER(
      "AUGUR-NOT-COUNTER",
      "%s writes %s, but %s is of type %s: only counters take c = c + n or c = c - n (and"
          + " collections, to add or remove elements). Assign a value: %s = :value."),
  COLUMN_OPERATION("AUGUR-COLUMN-OPERATION", "%s writes %s, but %s is of type %s: %s. %s."),
  CONDITION("AUGUR-CONDITION", "%s has the condition %s: %s. %s."),
  CONDITIONAL_TIMESTAMP(
      "AUGUR-LWT-USING-TIMESTAMP",
      "%s is conditional (IF) and has USING TIMESTAMP: Cassandra assigns the timestamps of"
          + " lightweight transactions itself. Remove USING TIMESTAMP, or the condition."),
  CONDITIONAL_COUNTER(
      "AUGUR-LWT-COUNTER",
      "%s is conditional (IF) on counter table %s: Cassandra supports no conditions on counter"
          + " tables. Remove the condition."),
  CONDITIONAL_KEY("AUGUR-LWT-FULL-KEY", "%s is conditional (IF) but %s: %s. %s."),
  BATCH("AUGUR-BATCH", "%s is a batch that %s: %s. %s."),
  RESULT_NO_ROWS(
      "AUGUR-RESULT-ROWS",
      "%s returns %s, but its %s returns no rows. Return CompletionStage<Void>%s."),
  RESULT_COLUMNS(
      "AUGUR-RESULT-COLUMNS",
      "%s returns rows as %s, but the statement does not select %s: the mapper reads every"
          + " column of %s by name. Select %s (or SELECT *)."),
  RESULT_COLUMN_TYPE(
      "AUGUR-RESULT-TYPE",
      "%s returns rows as %s, whose field %s is of type %s, but the statement selects %s of CQL"
          + " type %s: the driver has no codec between them. Change the field's type, or select a"
          + " value of type %s."),
  RESULT_COUNT(
      "AUGUR-RESULT-COUNT",
      "%s returns CompletionStage<Long>, but the first column it selects, %s, is of type %s, not"
          + " an integer. Select count(*) or an integer column first."),
  RESULT_APPLIED(
      "AUGUR-RESULT-APPLIED",
      "%s returns CompletionStage<Boolean>, whether a lightweight transaction was applied, but"
          + " the statement has no IF clause, so it would always be true. Add a condition (IF"
          + " EXISTS, IF NOT EXISTS, IF column = :value), or return CompletionStage<Void>."),
  AGGREGATE_WITHOUT_PARTITION(
      "AUGUR-AGGREGATE-SCAN",
      "%s aggregates without restricting the partition key: Cassandra warns that this reads"
          + " every partition of the table. Restrict the partition key, or keep a count"
          + " elsewhere (a counter table)."),
  SCHEMA_FILE(
      "AUGUR-SCHEMA-FILE",
      "schema file %s cannot be read: %s. Fix the file, or the augur.schema option."),
  DERIVED_NAME(
      "AUGUR-DERIVED-NAME",
      "%s has no annotation and its name does not describe a query: %s. Name it like"
          + " findByUserIdAndOrderDate, findFirst10ByUserIdOrderByOrderDateDesc, countByUserId,"
          + " existsById or deleteByUserId, or annotate it with @Query."),
  DERIVED_PROPERTY(
      "AUGUR-DERIVED-PROPERTY",
      "%s refers to %s, which is not a property of %s%s. Use one of its properties: %s."),
  DERIVED_ENTITY(
      "AUGUR-DERIVED-ENTITY",
      "%s is a derived query, but %s. Return the entity, or have the DAO return exactly one"
          + " entity type whose table the query reads."),
  DERIVED_PARAMETERS(
      "AUGUR-DERIVED-PARAMETERS",
      "%s takes %s, but its name %s. Take one parameter per condition, in the order of the name"
          + " (two for Between; a collection for In; a vector for Near, and a last limit parameter"
          + " if the name has no Top n)."),
  DERIVED_COMPUTED_MARKER(
      "AUGUR-MARKER",
      "%s selects %s.%s, computed as %s, whose marker :%s is no parameter of the method. Name a"
          + " parameter %s (for a similarity score, the query vector), or read another entity"
          + " (parameters: %s)."),
  DERIVED_RETURN("AUGUR-DERIVED-RETURN", "%s is a derived %s query, so it returns %s, not %s."),
  DERIVED_KEY("AUGUR-DERIVED-KEY", "%s derives a query on %s that %s: %s. %s."),
  DERIVED_ORDER("AUGUR-DERIVED-ORDER", "%s orders by %s: %s. %s.");

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
