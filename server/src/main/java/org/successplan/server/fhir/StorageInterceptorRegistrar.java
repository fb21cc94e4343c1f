package org.successplan.server.fhir;

import ca.uhn.fhir.interceptor.api.IInterceptorService;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;

/** Puts every {@link StorageInterceptor} bean on HAPI's JPA interceptor registry once the context is ready. */
final class StorageInterceptorRegistrar implements SmartInitializingSingleton {

    private final IInterceptorService jpaInterceptorService;
    private final List<StorageInterceptor> interceptors;

    StorageInterceptorRegistrar(IInterceptorService jpaInterceptorService, List<StorageInterceptor> interceptors) {
        this.jpaInterceptorService = jpaInterceptorService;
        this.interceptors = interceptors;
    }

    @Override
    public void afterSingletonsInstantiated() {
        interceptors.forEach(jpaInterceptorService::registerInterceptor);
    }
}
