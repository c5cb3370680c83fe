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
import dev.augur.processor.model.QueryMethodModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the implementation of a {@code @Dao} interface: one statement constant and one
 * prepared-query field per method, a {@code create} factory that prepares them all concurrently,
 * and a thin override per method. Each kind of method has its own generator, chosen by a switch
 * over the sealed {@link DaoMethodModel}.
 */
public final class DaoGenerator {
  private final boolean generatedAvailable;
  private final QueryMethodGenerator queries = new QueryMethodGenerator();

  public DaoGenerator(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** What a method contributes to the generated class. */
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

    GeneratedNames.Scope fieldNames = new GeneratedNames.Scope("session");
    GeneratedNames.Scope constantNames = new GeneratedNames.Scope();
    List<MethodParts> parts = new ArrayList<>();
    for (DaoMethodModel method : dao.methods()) {
      String field = fieldNames.unique(method.name());
      String constant = constantNames.unique(GeneratedNames.constant(method.name()));
      parts.add(generate(dao, method, field, constant));
    }
    parts.forEach(p -> type.addField(p.constant()));
    parts.forEach(p -> type.addField(p.field()));
    type.addMethod(constructor(parts));
    type.addMethod(create(dao, implementation, parts));
    parts.forEach(p -> type.addMethod(p.implementation()));
    return JavaFile.builder(implementation.packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  /**
   * The one place that dispatches on the kind of method. Java 17 has no pattern switch; the sealed
   * {@link DaoMethodModel} keeps this list closed, and a new kind fails here loudly.
   */
  private MethodParts generate(DaoModel dao, DaoMethodModel method, String field, String constant) {
    if (method instanceof QueryMethodModel query) {
      return queries.generate(dao, query, field, constant);
    }
    throw new AssertionError("no generator for " + method.getClass().getSimpleName());
  }

  // private AugurUserDao(PreparedQuery<User> findById, ...) { this.findById = findById; ... }
  private static MethodSpec constructor(List<MethodParts> parts) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    for (MethodParts part : parts) {
      constructor.addParameter(part.field().type, part.field().name);
      constructor.addStatement("this.$N = $N", part.field(), part.field());
    }
    return constructor.build();
  }

  // public static CompletionStage<UserDao> create(AugurSession session) {
  //   CompletableFuture<PreparedQuery<User>> findById = PreparedQuery.prepare(session, FIND_BY_ID,
  // User_Mapper.INSTANCE);
  //   return DaoFactory.whenPrepared(() -> new AugurUserDao(findById.join()), findById);
  // }
  private static MethodSpec create(
      DaoModel dao, ClassName implementation, List<MethodParts> parts) {
    MethodSpec.Builder create =
        MethodSpec.methodBuilder("create")
            .addJavadoc(
                "Prepares every statement of {@link $T} concurrently, without blocking, and"
                    + " completes\n"
                    + "with the DAO once all are ready. The stage fails with a\n"
                    + "{@code DaoCreationException} naming the method whose statement failed.\n"
                    + "Create the DAO once and share it: it is thread-safe.\n",
                dao.dao())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(RuntimeTypes.COMPLETION_STAGE, dao.dao()))
            .addParameter(RuntimeTypes.AUGUR_SESSION, "session");
    List<CodeBlock> joins = new ArrayList<>();
    List<CodeBlock> futures = new ArrayList<>();
    for (MethodParts part : parts) {
      TypeName future =
          ParameterizedTypeName.get(RuntimeTypes.COMPLETABLE_FUTURE, part.field().type);
      create.addStatement("$T $N = $L", future, part.field(), part.preparation());
      joins.add(CodeBlock.of("$N.join()", part.field()));
      futures.add(CodeBlock.of("$N", part.field()));
    }
    CodeBlock arguments = CodeBlock.join(joins, ",$W");
    CodeBlock statements =
        futures.isEmpty()
            ? CodeBlock.of("")
            : CodeBlock.of(",\n$L", CodeBlock.join(futures, ",$W"));
    create.addStatement(
        "return $T.whenPrepared(\n() -> new $T($L)$L)",
        RuntimeTypes.DAO_FACTORY,
        implementation,
        arguments,
        statements);
    return create.build();
  }
}
