/* The API reference: Swagger UI rendering the embedded spec (window.IAMPORT_OPENAPI, spec.js).
 *
 * ?filter=WORD pre-fills the filter box, and typing in the box updates ?filter= so a filtered
 * view can be bookmarked. Deep links (#/tag/operationId) open one operation.
 */
(function () {
  "use strict";

  // Swagger UI's built-in filter matches tag names only; this one also matches each
  // operation's id, path, method and summary (English and Korean, x-summary-ko), and hides
  // operations that do not match.
  function operationText(op) {
    var operation = op.get("operation");
    return [
      op.get("path"),
      op.get("method"),
      operation.get("operationId") || "",
      operation.get("summary") || "",
      operation.get("x-summary-ko") || "",
    ].join(" ").toLowerCase();
  }

  function OperationFilterPlugin() {
    return {
      fn: {
        opsFilter: function (taggedOps, phrase) {
          var needle = String(phrase || "").trim().toLowerCase();
          if (!needle) {
            return taggedOps;
          }
          return taggedOps
            .map(function (tagObj, tag) {
              if (String(tag).toLowerCase().indexOf(needle) !== -1) {
                return tagObj;
              }
              return tagObj.update("operations", function (ops) {
                return ops.filter(function (op) {
                  return operationText(op).indexOf(needle) !== -1;
                });
              });
            })
            .filter(function (tagObj) {
              return tagObj.get("operations").size > 0;
            });
        },
      },
      statePlugins: {
        layout: {
          wrapActions: {
            updateFilter: function (original) {
              return function (phrase) {
                try {
                  var url = new URL(window.location.href);
                  if (phrase) {
                    url.searchParams.set("filter", phrase);
                  } else {
                    url.searchParams.delete("filter");
                  }
                  window.history.replaceState(null, "", url.toString());
                } catch (error) {
                  // Some browsers refuse history changes on file:// pages; filtering still works.
                }
                return original(phrase);
              };
            },
          },
        },
      },
    };
  }

  var initialFilter = new URLSearchParams(window.location.search).get("filter");

  window.ui = SwaggerUIBundle({
    spec: window.IAMPORT_OPENAPI,
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [OperationFilterPlugin],
    deepLinking: true,
    displayOperationId: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 1,
    defaultModelExpandDepth: 2,
    filter: initialFilter ? initialFilter : true,
    showExtensions: true,
    showCommonExtensions: true,
    // Documentation only: no "Try it out" (it would send real credentials to the live API).
    supportedSubmitMethods: [],
    validatorUrl: null,
    onComplete: function () {
      // Swagger UI's placeholder says "Filter by tag"; this filter matches more than tags.
      var box = document.querySelector(".operation-filter-input");
      if (box) {
        box.setAttribute(
          "placeholder",
          "Filter operations by name, path, summary or tag (e.g. cancel, 취소)"
        );
      }
    },
  });
})();
