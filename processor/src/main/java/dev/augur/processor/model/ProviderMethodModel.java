package dev.augur.processor.model;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @QueryProvider} method: delegated to a user class built once per DAO with the DAO's
 * context.
 *
 * @param name the method's name, also the provider's method
 * @param provider the provider class
 * @param returnType the declared return type
 * @param parameters the parameters, passed through unchanged
 * @param element the method, for diagnostics
 */
public record ProviderMethodModel(
    String name,
    ClassName provider,
    TypeName returnType,
    List<QueryMethodModel.JavaParameter> parameters,
    ExecutableElement element)
    implements DaoMethodModel {

  public ProviderMethodModel {
    parameters = List.copyOf(parameters);
  }
}
