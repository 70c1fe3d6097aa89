namespace Agilant
{
    public enum AccountStatus
    {
        ACTIVE,
        INACTIVE,
    }
}
