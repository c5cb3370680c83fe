package dev.augur.processor.codegen;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import dev.augur.processor.model.ProviderMethodModel;
import dev.augur.processor.model.QueryMethodModel.JavaParameter;
import javax.lang.model.element.Modifier;

/** Generates the override of a {@code @QueryProvider} method: a call to the provider. */
final class ProviderMethodGenerator {

  // @Override
  // public CompletionStage<List<User>> search(String text) {
  //   return this.searchProvider.search(text);
  // }
  MethodSpec implementation(ProviderMethodModel method, String providerField) {
    MethodSpec.Builder override =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(method.returnType());
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < method.parameters().size(); i++) {
      JavaParameter parameter = method.parameters().get(i);
      override.addParameter(parameter.type(), parameter.name());
      arguments.add(i == 0 ? "$N" : ", $N", parameter.name());
    }
    return override
        .addStatement("return this.$N.$N($L)", providerField, method.name(), arguments.build())
        .build();
  }
}
