package dev.augur.processor.codegen;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.augur.processor.model.DaoModel;
import dev.augur.processor.model.ParameterModel;
import dev.augur.processor.model.QueryMethodModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Generates what a {@code @Query} method needs: its spec, its prepared query, its override. */
final class QueryMethodGenerator {
  private static final TypeName BOXED_LONG = TypeName.LONG.box();
  private static final TypeName BOXED_VOID = TypeName.VOID.box();

  DaoGenerator.MethodParts generate(
      DaoModel dao, QueryMethodModel method, String fieldName, String constantName) {
    TypeName rowType =
        switch (method.returnKind().rowType()) {
          case ENTITY -> method.entity();
          case COUNT -> BOXED_LONG;
          case NONE -> BOXED_VOID;
        };
    FieldSpec constant = spec(dao, method, constantName);
    FieldSpec field =
        FieldSpec.builder(
                ParameterizedTypeName.get(RuntimeTypes.PREPARED_QUERY, rowType),
                fieldName,
                Modifier.PRIVATE,
                Modifier.FINAL)
            .build();
    return new DaoGenerator.MethodParts(
        constant, field, preparation(method, constant), implementation(method, field));
  }

  // private static final QuerySpec FIND_BY_ID = QuerySpec.builder("UserDao.findById", "SELECT ...")
  //     .parameter("id", GenericType.UUID)
  //     .idempotent(true)
  //     .build();
  private static FieldSpec spec(DaoModel dao, QueryMethodModel method, String constantName) {
    CodeBlock.Builder initializer =
        CodeBlock.builder()
            .add(
                "$T.builder($S, $S)$>$>",
                RuntimeTypes.QUERY_SPEC,
                dao.dao().simpleName() + "." + method.name(),
                method.cql());
    for (ParameterModel parameter : method.parameters()) {
      initializer.add("\n.parameter($S, $L)", parameter.marker(), parameter.type().genericType());
    }
    initializer.add("\n.idempotent($L)", method.idempotent()).add("\n.build()$<$<");
    return FieldSpec.builder(
            RuntimeTypes.QUERY_SPEC,
            constantName,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(initializer.build())
        .build();
  }

  // PreparedQuery.prepare(session, FIND_BY_ID, User_Mapper.INSTANCE)
  private static CodeBlock preparation(QueryMethodModel method, FieldSpec constant) {
    return switch (method.returnKind().rowType()) {
      case ENTITY ->
          CodeBlock.of(
              "$T.prepare(session, $N, $T.INSTANCE)",
              RuntimeTypes.PREPARED_QUERY,
              constant,
              method.entityMapper());
      case COUNT ->
          CodeBlock.of(
              "$T.prepare(session, $N, $T.INSTANCE)",
              RuntimeTypes.PREPARED_QUERY,
              constant,
              RuntimeTypes.COUNT_MAPPING);
      case NONE -> CodeBlock.of("$T.prepare(session, $N)", RuntimeTypes.PREPARED_QUERY, constant);
    };
  }

  // @Override
  // public CompletionStage<Optional<User>> findById(UUID id) {
  //   return this.findById.bind()
  //       .set(0, id)
  //       .executeOptional();
  // }
  private static MethodSpec implementation(QueryMethodModel method, FieldSpec field) {
    MethodSpec.Builder override =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(method.returnType());
    CodeBlock.Builder call = CodeBlock.builder().add("return this.$N.bind()", field);
    List<ParameterModel> parameters = method.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      override.addParameter(parameter.type().typeName(), parameter.name());
      String setter =
          parameter.type().primitive() == null
              ? "set"
              : "set" + parameter.type().primitive().accessorSuffix();
      call.add("\n.$L($L, $N)", setter, i, parameter.name());
    }
    // Parameters without a marker were rejected, so every Java parameter is in the model.
    call.add("\n.$L()", method.returnKind().runtimeCall());
    return override.addStatement("$L", call.build()).build();
  }
}
