namespace Agilant
{
    public enum ServiceStatus
    {
        ACTIVE,
        INACTIVE,
        CANCELLED,
    }
}
