"""Routing to a child page of a known type in one query instead of two (page, then specific page)."""


class TypedChildRoutingMixin:
    """Routes `<slug>/` straight to a child of one of `routed_child_types`, falling back to Wagtail's routing."""

    routed_child_types = ()

    def route(self, request, path_components):
        if path_components:
            slug, remaining = path_components[0], path_components[1:]
            for model in self.routed_child_types:
                child = model.objects.filter(
                    path__startswith=self.path, depth=self.depth + 1, slug=slug
                ).first()
                if child is not None:
                    child._cached_parent_obj = self
                    return child.route(request, remaining)
        return super().route(request, path_components)
