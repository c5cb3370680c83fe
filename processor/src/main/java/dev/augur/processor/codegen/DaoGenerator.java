package dev.augur.processor.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.augur.processor.model.DaoMethodModel;
import dev.augur.processor.model.DaoModel;
import dev.augur.processor.model.ProviderMethodModel;
import dev.augur.processor.model.QueryMethodModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the implementation of a {@code @Dao} interface: one statement constant and one
 * prepared-query field per statement method, one field per query provider, {@code create} factories
 * that prepare every statement concurrently (once per session and keyspace), and a thin override
 * per method. Each kind of method has its own generator, chosen in one place.
 */
public final class DaoGenerator {
  private final boolean generatedAvailable;
  private final QueryMethodGenerator queries = new QueryMethodGenerator();
  private final ProviderMethodGenerator providers = new ProviderMethodGenerator();

  public DaoGenerator(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** What a statement method contributes to the generated class. */
  record MethodParts(
      FieldSpec constant, FieldSpec field, CodeBlock preparation, MethodSpec implementation) {}

  public JavaFile generate(DaoModel dao) {
    ClassName implementation = GeneratedNames.daoImplementation(dao.dao());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(implementation)
            .addOriginatingElement(dao.element())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(dao.dao());
    GeneratedHeader.apply(
        type,
        generatedAvailable,
        "Implements {@link "
            + dao.dao().simpleName()
            + "} with prepared statements run asynchronously.");

    GeneratedNames.Scope fieldNames = new GeneratedNames.Scope("context");
    GeneratedNames.Scope constantNames = new GeneratedNames.Scope();
    List<MethodParts> parts = new ArrayList<>();
    Map<ClassName, String> providerFields = new LinkedHashMap<>();
    List<MethodSpec> implementations = new ArrayList<>();
    for (DaoMethodModel method : dao.methods()) {
      if (method instanceof QueryMethodModel query) {
        String field = fieldNames.unique(method.name());
        String constant = constantNames.unique(GeneratedNames.constant(method.name()));
        MethodParts part = queries.generate(dao, query, field, constant);
        parts.add(part);
        implementations.add(part.implementation());
      } else if (method instanceof ProviderMethodModel provider) {
        String field =
            providerFields.computeIfAbsent(
                provider.provider(),
                p ->
                    fieldNames.unique(
                        Character.toLowerCase(p.simpleName().charAt(0))
                            + p.simpleName().substring(1)));
        implementations.add(providers.implementation(provider, field));
      } else {
        // The sealed DaoMethodModel keeps this list closed: a new kind fails here loudly.
        throw new AssertionError("no generator for " + method.getClass().getSimpleName());
      }
    }
    parts.forEach(p -> type.addField(p.constant()));
    parts.forEach(p -> type.addField(p.field()));
    providerFields.forEach(
        (provider, field) -> type.addField(provider, field, Modifier.PRIVATE, Modifier.FINAL));
    type.addMethod(constructor(parts, providerFields));
    type.addMethod(create(dao));
    type.addMethod(createForKeyspace(dao, implementation));
    tableEntity(dao).ifPresent(entity -> type.addMethod(createForTable(dao, implementation, entity)));
    type.addMethod(build(dao, implementation, parts, !providerFields.isEmpty()));
    implementations.forEach(type::addMethod);
    return JavaFile.builder(implementation.packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  // private AugurUserDao(PreparedQuery<User> findById, ...) { this.findById = findById; ... }
  private static MethodSpec constructor(
      List<MethodParts> parts, Map<ClassName, String> providerFields) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    if (!providerFields.isEmpty()) {
      constructor.addParameter(RuntimeTypes.DAO_CONTEXT, "context");
    }
    for (MethodParts part : parts) {
      constructor.addParameter(part.field().type, part.field().name);
      constructor.addStatement("this.$N = $N", part.field(), part.field());
    }
    providerFields.forEach(
        (provider, field) ->
            constructor.addStatement("this.$N = new $T(context)", field, provider));
    return constructor.build();
  }

  // public static CompletionStage<UserDao> create(AugurSession session) {
  //   return create(session, null);
  // }
  private static MethodSpec create(DaoModel dao) {
    return MethodSpec.methodBuilder("create")
        .addJavadoc(
            "The DAO for the session's keyspace: its statements prepared concurrently, without\n"
                + "blocking, once per session. The stage fails with a {@code"
                + " DaoCreationException}\n"
                + "naming the method whose statement failed. The DAO is thread-safe: share it.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.COMPLETION_STAGE, dao.dao()))
        .addParameter(RuntimeTypes.AUGUR_SESSION, "session")
        .addStatement("return create(session, null)")
        .build();
  }

  // public static CompletionStage<UserDao> create(AugurSession session, String keyspace) {
  //   return session.dao(AugurUserDao.class, keyspace, AugurUserDao::build);
  // }
  private static MethodSpec createForKeyspace(DaoModel dao, ClassName implementation) {
    return MethodSpec.methodBuilder("create")
        .addJavadoc(
            "The DAO for {@code keyspace} (null: the session's), for tables whose {@code @Table}\n"
                + "names no keyspace; created once per session and keyspace, later calls share"
                + " it.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.COMPLETION_STAGE, dao.dao()))
        .addParameter(RuntimeTypes.AUGUR_SESSION, "session")
        .addParameter(String.class, "keyspace")
        .addStatement(
            "return session.dao($T.class, keyspace, $T::build)", implementation, implementation)
        .build();
  }

  /**
   * The entity whose table every statement written for a table (CRUD, derived, placeholders) is
   * written for, when there is exactly one: then the DAO can be created for another table of that
   * shape.
   */
  private static Optional<ClassName> tableEntity(DaoModel dao) {
    Set<ClassName> mappers = new LinkedHashSet<>();
    for (DaoMethodModel method : dao.methods()) {
      if (method instanceof QueryMethodModel query && query.tableMapper() != null) {
        mappers.add(query.tableMapper());
      }
    }
    return mappers.size() == 1 ? Optional.of(mappers.iterator().next()) : Optional.empty();
  }

  // public static CompletionStage<UserDao> create(AugurSession session, String keyspace,
  //     String table) {
  //   return session.dao(AugurUserDao.class, keyspace, table, User_Mapper.INSTANCE,
  //       AugurUserDao::build);
  // }
  private static MethodSpec createForTable(
      DaoModel dao, ClassName implementation, ClassName entityMapper) {
    return MethodSpec.methodBuilder("create")
        .addJavadoc(
            "The DAO for {@code table} in {@code keyspace} (null: the session's): a table of the\n"
                + "entity's shape whose name is chosen now, such as one per tenant or period. Its\n"
                + "CRUD and derived methods and its {@code $${table}} placeholders use that table;\n"
                + "creation fails if a statement names the entity's own table outright. Created\n"
                + "once per session, keyspace and table; the schema check looks at that table.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.COMPLETION_STAGE, dao.dao()))
        .addParameter(RuntimeTypes.AUGUR_SESSION, "session")
        .addParameter(String.class, "keyspace")
        .addParameter(String.class, "table")
        .addStatement(
            "return session.dao($T.class, keyspace, table, $T.INSTANCE, $T::build)",
            implementation,
            entityMapper,
            implementation)
        .build();
  }

  // private static CompletionStage<UserDao> build(DaoContext context) {
  //   CompletableFuture<PreparedQuery<User>> findById = PreparedQuery.prepare(context, FIND_BY_ID,
  // User_Mapper.INSTANCE);
  //   return DaoFactory.whenPrepared(() -> new AugurUserDao(findById.join()), findById);
  // }
  private static MethodSpec build(
      DaoModel dao, ClassName implementation, List<MethodParts> parts, boolean withContext) {
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(RuntimeTypes.COMPLETION_STAGE, dao.dao()))
            .addParameter(RuntimeTypes.DAO_CONTEXT, "context");
    List<CodeBlock> arguments = new ArrayList<>();
    if (withContext) {
      arguments.add(CodeBlock.of("context"));
    }
    List<CodeBlock> futures = new ArrayList<>();
    for (MethodParts part : parts) {
      TypeName future =
          ParameterizedTypeName.get(RuntimeTypes.COMPLETABLE_FUTURE, part.field().type);
      build.addStatement("$T $N = $L", future, part.field(), part.preparation());
      arguments.add(CodeBlock.of("$N.join()", part.field()));
      futures.add(CodeBlock.of("$N", part.field()));
    }
    CodeBlock statements =
        futures.isEmpty()
            ? CodeBlock.of("")
            : CodeBlock.of(",\n$L", CodeBlock.join(futures, ",$W"));
    build.addStatement(
        "return $T.whenPrepared(\n() -> new $T($L)$L)",
        RuntimeTypes.DAO_FACTORY,
        implementation,
        CodeBlock.join(arguments, ",$W"),
        statements);
    return build.build();
  }
}
