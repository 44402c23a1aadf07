using FluentValidation;
using MediatR;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>
/// Runs every validator of the request, and the one rule on control characters for every text field, before anything
/// else; a failure stops the request unchanged. Each validation carries the request's services, for the rules of a
/// validator made once per host (<see cref="Validatiediensten"/>).
/// </summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators, IServiceProvider diensten)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>(Stuurtekens.Controleer(request));
        foreach (var validator in validators)
        {
            var context = new ValidationContext<TRequest>(request);
            Validatiediensten.Geef(context, diensten);
            var result = await validator.ValidateAsync(context, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next();
    }
}
